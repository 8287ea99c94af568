package se.ekonomiuppfoljning.followup;

import java.math.BigDecimal;

/** A month's budget and actual for a set of units, in kronor. */
public record MonthFigures(int month, BigDecimal budget, BigDecimal actual) {}
