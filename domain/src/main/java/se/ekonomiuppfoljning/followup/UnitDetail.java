package se.ekonomiuppfoljning.followup;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * One unit (with its subtree) opened: the twelve months and the accounts.
 *
 * @param path the unit's ancestors within the caller's scope, topmost first, for the breadcrumb
 */
public record UnitDetail(
        Unit unit, Period period, Figures figures, List<Month> months, List<AccountFigures> accounts, List<Unit> path) {

    /**
     * A month with its figures and the cumulative ones from January; a month whose actuals are not imported yet
     * has no actual and no deviation ({@code null}), only its budget.
     */
    public record Month(
            int month,
            BigDecimal budget,
            @Nullable BigDecimal actual,
            BigDecimal cumulativeBudget,
            @Nullable BigDecimal cumulativeActual) {

        public @Nullable BigDecimal deviation() {
            return actual == null ? null : budget.subtract(actual);
        }

        public @Nullable BigDecimal cumulativeDeviation() {
            return cumulativeActual == null ? null : cumulativeBudget.subtract(cumulativeActual);
        }
    }
}
