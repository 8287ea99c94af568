package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;

/**
 * Words a rule's {@link Problem} from the bundles, in the reader's language: the current UI's locale on a page,
 * Swedish elsewhere (the API, a download without a UI). An argument that is itself a problem (what was edited, a
 * field) is worded first, and a period is its month's name and year in that language.
 */
public final class Problems {

    private Problems() {}

    /** In the current UI's language. */
    public static String text(Problem problem) {
        UI ui = UI.getCurrent();
        return text(problem, ui == null ? TranslationProvider.SWEDISH : ui.getLocale());
    }

    public static String text(Problem problem, Locale locale) {
        Object[] arguments = problem.argumentArray();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Problem inner) {
                arguments[i] = text(inner, locale);
            } else if (arguments[i] instanceof Period period) {
                arguments[i] = PeriodLabels.full(period, locale);
            }
        }
        return TranslationProvider.translate(problem.key(), locale, arguments);
    }
}
