package se.ekonomiuppfoljning.ui.followup;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/** The path from the user's topmost unit down to the one shown; each step opens that node's table. */
class Breadcrumb extends Nav {

    Breadcrumb(List<Unit> path, Period period) {
        addClassName("portal-breadcrumb");
        getElement().setAttribute("aria-label", getTranslation("followup.breadcrumb"));
        for (int i = 0; i < path.size(); i++) {
            Unit unit = path.get(i);
            if (i > 0) {
                add(new Span(" › "));
            }
            RouterLink link = new RouterLink(unit.name(), FollowUpView.class);
            link.setQueryParameters(FollowUpView.parameters(unit.code(), period));
            add(link);
        }
    }
}
