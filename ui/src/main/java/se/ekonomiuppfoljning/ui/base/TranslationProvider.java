package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI text comes from {@code vaadin-i18n/translations*.properties}: Swedish is the portal's language and
 * the default bundle; English is kept complete beside it. A missing key shows as {@code !key!} and is logged
 * (a test keeps the bundles and the code in step).
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n/translations";
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** The same lookup without a bean, for places outside a Vaadin request (the API, downloads). */
    static String translate(String key, @Nullable Locale locale, Object... params) {
        Locale effective = locale == null ? SWEDISH : locale;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, effective);
            return "!" + key + "!";
        }
    }
}
