package se.ekonomiuppfoljning.overview;

import java.math.BigDecimal;
import se.ekonomiuppfoljning.common.Period;

/** The deviation to date (budget − actual from January to the period) of a row, in kronor. */
public record TrendPoint(Period period, BigDecimal ytdDeviation) {}
