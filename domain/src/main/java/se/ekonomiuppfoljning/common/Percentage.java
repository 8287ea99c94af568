package se.ekonomiuppfoljning.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * "% of budget" = actual / budget × 100, kept as the exact fraction so that it is rounded once, for display.
 * Budget 0 and actual 0 is 0 %; budget 0 with an actual has no percentage.
 */
public final class Percentage {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentage() {}

    /** The percentage rounded half-up to {@code scale} decimals, empty where none exists. */
    public static Optional<BigDecimal> ofBudget(BigDecimal actual, BigDecimal budget, int scale) {
        if (budget.signum() == 0) {
            return actual.signum() == 0 ? Optional.of(BigDecimal.ZERO.setScale(scale)) : Optional.empty();
        }
        return Optional.of(actual.multiply(HUNDRED).divide(budget, scale, RoundingMode.HALF_UP));
    }
}
