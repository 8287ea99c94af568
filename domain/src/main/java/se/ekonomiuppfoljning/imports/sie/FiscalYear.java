package se.ekonomiuppfoljning.imports.sie;

import java.time.LocalDate;
import se.ekonomiuppfoljning.common.Period;

/** A fiscal year of the file ({@code #RAR}): index 0 is the current year, −1 the one before. */
public record FiscalYear(int index, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean contains(Period period) {
        Period first = new Period(start.getYear(), start.getMonthValue());
        Period last = new Period(end.getYear(), end.getMonthValue());
        return period.compareTo(first) >= 0 && period.compareTo(last) <= 0;
    }
}
