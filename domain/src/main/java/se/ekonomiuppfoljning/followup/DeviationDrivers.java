package se.ekonomiuppfoljning.followup;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Percentage;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * What drives a unit's deviation ("Vad driver avvikelsen"): its accounts with budget, actual and deviation, ranked
 * by their share of the unit's deviation, to date and for the month, each beside the same period last year where
 * its actuals exist. An account's share is its deviation over the unit's, so the shares add up to 100 %: an account
 * that pulls the same way as the unit has a positive share, one that softens it a negative one, and the largest
 * share comes first. Where the unit's deviation is zero there is no share, and the largest deviations come first.
 *
 * @param lastYear the unit's figures for the same month a year earlier, or {@code null} where none are imported
 */
public record DeviationDrivers(
        Unit unit, Period period, Figures total, @Nullable Figures lastYear, List<Driver> accounts) {

    public DeviationDrivers {
        accounts = List.copyOf(accounts);
    }

    /**
     * One account of the unit.
     *
     * @param lastYear the account's figures for the same month a year earlier, or {@code null} where that year has no
     *     actuals for the month
     */
    public record Driver(
            Account account, Figures figures, @Nullable Figures lastYear) {}

    public boolean hasLastYear() {
        return lastYear != null;
    }

    /** The accounts ranked by their share of the deviation from January to the period. */
    public List<Driver> byYearToDate() {
        return ranked(Figures::ytdDeviation);
    }

    /** The accounts ranked by their share of the month's deviation. */
    public List<Driver> byMonth() {
        return ranked(Figures::monthDeviation);
    }

    /** The account's share of the unit's deviation to date, in % rounded half-up once, empty where the unit's is 0. */
    public Optional<BigDecimal> yearToDateShare(Driver driver, int scale) {
        return share(driver.figures().ytdDeviation(), total.ytdDeviation(), scale);
    }

    /** The account's share of the unit's deviation for the month, as {@link #yearToDateShare}. */
    public Optional<BigDecimal> monthShare(Driver driver, int scale) {
        return share(driver.figures().monthDeviation(), total.monthDeviation(), scale);
    }

    private static Optional<BigDecimal> share(BigDecimal account, BigDecimal unit, int scale) {
        return unit.signum() == 0 ? Optional.empty() : Percentage.ofBudget(account, unit, scale);
    }

    /**
     * Largest share first, compared exactly in kronor (an account's deviation in the direction of the unit's), so that
     * no rounded share decides the order; equal ones by account code.
     */
    private List<Driver> ranked(Function<Figures, BigDecimal> deviation) {
        int direction = deviation.apply(total).signum();
        Comparator<Driver> order = direction == 0
                ? Comparator.comparing(
                                (Driver d) -> deviation.apply(d.figures()).abs())
                        .reversed()
                : Comparator.comparing(
                                (Driver d) -> deviation.apply(d.figures()).multiply(BigDecimal.valueOf(direction)))
                        .reversed();
        return accounts.stream()
                .sorted(order.thenComparing(d -> d.account().code()))
                .toList();
    }
}
