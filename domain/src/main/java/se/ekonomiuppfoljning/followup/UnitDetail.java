package se.ekonomiuppfoljning.followup;

import java.math.BigDecimal;
import java.util.List;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * One unit (with its subtree) opened: the twelve months and the accounts.
 *
 * @param path the unit's ancestors within the caller's scope, topmost first, for the breadcrumb
 */
public record UnitDetail(
        Unit unit, Period period, Figures figures, List<Month> months, List<AccountFigures> accounts, List<Unit> path) {

    /** A month with its figures and the cumulative ones from January. */
    public record Month(
            int month, BigDecimal budget, BigDecimal actual, BigDecimal cumulativeBudget, BigDecimal cumulativeActual) {

        public BigDecimal deviation() {
            return budget.subtract(actual);
        }

        public BigDecimal cumulativeDeviation() {
            return cumulativeBudget.subtract(cumulativeActual);
        }
    }
}
