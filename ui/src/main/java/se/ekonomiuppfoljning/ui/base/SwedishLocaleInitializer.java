package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** The portal speaks Swedish whatever the browser's language: every UI starts in sv-SE, the page says lang=sv. */
@Component
class SwedishLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            e.getUI().setLocale(TranslationProvider.SWEDISH);
            e.getUI().getPage().executeJs("document.documentElement.setAttribute('lang', 'sv')");
        });
    }
}
