package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Optional;

/** Reading the URL's query parameters a page takes its node and period from. */
public final class UrlParameters {

    private UrlParameters() {}

    /** The first value of the parameter {@code name} in the URL being entered, if it has one. */
    public static Optional<String> first(BeforeEnterEvent event, String name) {
        List<String> values =
                event.getLocation().getQueryParameters().getParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
