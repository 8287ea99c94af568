package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.Component;
import se.ekonomiuppfoljning.common.AuditEntry;

/** Who did an audited act, as the trails show it: "bengt som ersättare för anna" for an act done as ersättare. */
public final class AuditActor {

    private AuditActor() {}

    public static String text(Component page, AuditEntry entry) {
        String chief = entry.onBehalfOf();
        return chief == null ? entry.username() : page.getTranslation("audit.onBehalfOf", entry.username(), chief);
    }
}
