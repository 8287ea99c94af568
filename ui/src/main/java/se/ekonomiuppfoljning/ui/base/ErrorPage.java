package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/** The body of an error page: a heading, a sentence saying what happened, a link to the start page. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final H2 heading = new H2();
    private final Paragraph text = new Paragraph();
    private String title = "";

    ErrorPage() {
        heading.setId("error-title");
        text.setId("error-text");
        String homeText = getTranslation("error.home");
        Component home = RouteConfiguration.forApplicationScope()
                .getRoute("")
                .<Component>map(start -> new RouterLink(homeText, start))
                .orElseGet(() -> new Anchor(".", homeText));
        home.setId("error-home");
        add(heading, text, home);
    }

    void show(String titleKey, String message) {
        title = getTranslation(titleKey);
        heading.setText(title);
        text.setText(message);
        // Vaadin sets a view's dynamic title after navigation, but not always for an error view that replaced
        // the view asked for (a refused page, an unknown address): the document would have no title (WCAG 2.4.2).
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setTitle(getPageTitle());
        }
    }

    /** The address the user asked for, as text (shown escaped, like every text here). */
    static String path(BeforeEnterEvent event) {
        return "/" + event.getLocation().getPath();
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.title");
    }
}
