package se.ekonomiuppfoljning.reports.cases;

import java.math.BigDecimal;

/**
 * A figure that moved since the case's report was frozen: the unit (or total) as printed, which column, and the
 * frozen and the current value in kronor.
 */
public record FigureChange(String unit, Column column, BigDecimal frozen, BigDecimal current) {

    /** The raw columns of the follow-up a frozen report keeps. */
    public enum Column {
        MONTH_BUDGET,
        MONTH_ACTUAL,
        ANNUAL_BUDGET,
        YTD_BUDGET,
        YTD_ACTUAL
    }
}
