package se.ekonomiuppfoljning.ui.a11y;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/**
 * The page's language for screen readers and hyphenation (WCAG 3.1.1): Vaadin's page shell has no {@code lang}, so
 * the shell gets the portal's default, Swedish, and every navigation sets the UI's language (a user who chose
 * English in Mitt konto gets {@code en}).
 */
@Component
class DocumentLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", TranslationProvider.SWEDISH.getLanguage()));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> ui.getPage()
                    .executeJs(
                            "document.documentElement.lang = $0", ui.getLocale().getLanguage()));
        });
    }
}
