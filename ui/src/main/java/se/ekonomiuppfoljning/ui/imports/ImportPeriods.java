package se.ekonomiuppfoljning.ui.imports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/**
 * An import's months as a reader says them: runs of consecutive months as ranges, the year once after the months
 * of that year ("jan–mar, maj 2026"), a run across a new year with both years ("nov 2025–feb 2026"), in the page's
 * language. The history stores the months as {@code 2026-01,2026-02; budget 2026}; a stored text it cannot read
 * is shown as it is.
 */
final class ImportPeriods {

    private ImportPeriods() {}

    /** The history's stored periods text, worded. */
    static String text(Component page, String stored) {
        if (stored.isBlank()) {
            return stored;
        }
        List<String> parts = new ArrayList<>();
        for (String part : stored.split(";")) {
            String p = part.strip();
            try {
                if (p.startsWith("budget ")) {
                    parts.add(page.getTranslation(
                            "import.periods.budget",
                            Integer.parseInt(p.substring(7).strip())));
                } else {
                    List<Period> months = new ArrayList<>();
                    for (String month : p.split(",")) {
                        months.add(Period.parse(month.strip()));
                    }
                    parts.add(months(page, months));
                }
            } catch (IllegalArgumentException unreadable) {
                return stored;
            }
        }
        return String.join("; ", parts);
    }

    /** The months, worded; "–" when there are none. */
    static String months(Component page, Collection<Period> periods) {
        List<Period> sorted = new ArrayList<>(new TreeSet<>(periods));
        if (sorted.isEmpty()) {
            return "–";
        }
        Locale locale = locale();
        List<Period[]> runs = new ArrayList<>();
        for (Period month : sorted) {
            Period[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && next(last[1]).equals(month)) {
                last[1] = month;
            } else {
                runs.add(new Period[] {month, month});
            }
        }
        List<String> groups = new ArrayList<>();
        List<String> ofYear = new ArrayList<>(); // the runs within one year, waiting for the year
        int year = 0;
        for (Period[] run : runs) {
            boolean withinYear = run[0].year() == run[1].year();
            if (!ofYear.isEmpty() && (!withinYear || run[0].year() != year)) {
                groups.add(page.getTranslation("import.periods.inYear", String.join(", ", ofYear), year));
                ofYear.clear();
            }
            if (withinYear) {
                year = run[0].year();
                String first = PeriodLabels.shortMonth(run[0].month(), locale);
                ofYear.add(
                        run[0].equals(run[1])
                                ? first
                                : page.getTranslation(
                                        "import.periods.range",
                                        first,
                                        PeriodLabels.shortMonth(run[1].month(), locale)));
            } else {
                groups.add(page.getTranslation("import.periods.range", label(page, run[0]), label(page, run[1])));
            }
        }
        if (!ofYear.isEmpty()) {
            groups.add(page.getTranslation("import.periods.inYear", String.join(", ", ofYear), year));
        }
        return String.join(", ", groups);
    }

    private static String label(Component page, Period month) {
        return page.getTranslation(
                "import.periods.inYear", PeriodLabels.shortMonth(month.month(), locale()), month.year());
    }

    /** The page's language (the month names'; the bundles' patterns follow the page's own). */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? TranslationProvider.SWEDISH : ui.getLocale();
    }

    private static Period next(Period month) {
        return month.month() == 12 ? new Period(month.year() + 1, 1) : new Period(month.year(), month.month() + 1);
    }
}
