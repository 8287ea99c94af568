package se.ekonomiuppfoljning.followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;

/**
 * The port to budgets and actuals. Every read takes the caller's scope and returns nothing outside it,
 * whatever units are asked for; the sums are computed by the database.
 */
public interface FigureRepository {

    /** The period's figures per unit (each unit's own bookings, not its subtree). Units without any are absent. */
    Map<UnitCode, Figures> figuresByUnit(AccessScope scope, Set<UnitCode> units, Period period);

    /**
     * The figures per unit of each month of the year from January to {@code toMonth}: element {@code i} is what
     * {@link #figuresByUnit} gives for month {@code i + 1}. An adapter may read them at once; by default one read per
     * month.
     */
    default List<Map<UnitCode, Figures>> figuresByUnitPerMonth(
            AccessScope scope, Set<UnitCode> units, int year, int toMonth) {
        List<Map<UnitCode, Figures>> months = new ArrayList<>();
        for (int month = 1; month <= toMonth; month++) {
            months.add(figuresByUnit(scope, units, new Period(year, month)));
        }
        return months;
    }

    /** Budget and actual of the units together, per month of the year; months without any are absent. */
    List<MonthFigures> figuresByMonth(AccessScope scope, Set<UnitCode> units, int year);

    /** The units' figures together, per account, ordered by account code. */
    List<AccountFigures> figuresByAccount(AccessScope scope, Set<UnitCode> units, Period period);

    /** The months for which any actuals are stored, ascending. */
    List<Period> periodsWithActuals();

    void saveBudget(Collection<AmountLine> lines);

    void saveActuals(Collection<AmountLine> lines);
}
