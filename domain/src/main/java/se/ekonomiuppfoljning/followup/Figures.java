package se.ekonomiuppfoljning.followup;

import java.math.BigDecimal;
import java.util.Optional;
import se.ekonomiuppfoljning.common.Percentage;

/**
 * The figures of one line of the follow-up, in kronor (scale 2), never rounded: the month's budget and
 * actual, the annual budget, and the budget and actual from January to the period (YTD).
 */
public record Figures(
        BigDecimal monthBudget,
        BigDecimal monthActual,
        BigDecimal annualBudget,
        BigDecimal ytdBudget,
        BigDecimal ytdActual) {

    public static final Figures ZERO =
            new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Figures plus(Figures other) {
        return new Figures(
                monthBudget.add(other.monthBudget),
                monthActual.add(other.monthActual),
                annualBudget.add(other.annualBudget),
                ytdBudget.add(other.ytdBudget),
                ytdActual.add(other.ytdActual));
    }

    /** Budget − actual: positive is under budget (good). */
    public BigDecimal monthDeviation() {
        return monthBudget.subtract(monthActual);
    }

    public BigDecimal ytdDeviation() {
        return ytdBudget.subtract(ytdActual);
    }

    /** % of budget with one decimal, rounded half-up from kronor; empty where budget is 0 and actual is not. */
    public Optional<BigDecimal> monthPercent() {
        return Percentage.ofBudget(monthActual, monthBudget, 1);
    }

    public Optional<BigDecimal> ytdPercent() {
        return Percentage.ofBudget(ytdActual, ytdBudget, 1);
    }

    public boolean isZero() {
        return monthBudget.signum() == 0
                && monthActual.signum() == 0
                && annualBudget.signum() == 0
                && ytdBudget.signum() == 0
                && ytdActual.signum() == 0;
    }
}
