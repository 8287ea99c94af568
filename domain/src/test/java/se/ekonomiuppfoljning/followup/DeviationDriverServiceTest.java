package se.ekonomiuppfoljning.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class DeviationDriverServiceTest {

    private static final Period FEBRUARY = new Period(2026, 2);

    private final InMemoryFigures figures = new InMemoryFigures();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final DeviationDriverService service =
            new DeviationDriverService(new FixedOrganisation(SeedKommun.organisation()), figures, caller::get);

    private final List<AmountLine> budget = new ArrayList<>();
    private final List<AmountLine> actuals = new ArrayList<>();

    DeviationDriverServiceTest() {
        // Överförmyndarvht, February: the guardians' fees (5320) are 280 000 over, salaries (5010) 10 000 under,
        // fees received (3010) 2 000 short. Month deviation −272 000; to date the fees of January add −1 000.50.
        line(budget, OVERFORMYNDAR, "5320", 1, "20000.00");
        line(actuals, OVERFORMYNDAR, "5320", 1, "21000.50");
        line(budget, OVERFORMYNDAR, "5320", 2, "20000.00");
        line(actuals, OVERFORMYNDAR, "5320", 2, "300000.00");
        line(budget, OVERFORMYNDAR, "5010", 2, "100000.00");
        line(actuals, OVERFORMYNDAR, "5010", 2, "90000.00");
        line(budget, OVERFORMYNDAR, "3010", 2, "-5000.00");
        line(actuals, OVERFORMYNDAR, "3010", 2, "-3000.00");
        // IT, another unit: never among Överförmyndarvht's drivers
        line(budget, IT, "5320", 2, "1000.00");
        line(actuals, IT, "5320", 2, "999999.00");
    }

    private void load() {
        figures.saveBudget(budget);
        figures.saveActuals(actuals);
    }

    private static void line(List<AmountLine> into, UnitCode unit, String account, int month, String kronor) {
        line(into, unit, account, new Period(2026, month), kronor);
    }

    private static void line(List<AmountLine> into, UnitCode unit, String account, Period period, String kronor) {
        into.add(new AmountLine(unit, account, period, new BigDecimal(kronor)));
    }

    @Test
    void the_accounts_are_ranked_by_their_share_of_the_months_deviation_largest_first() {
        load();
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        DeviationDrivers drivers = service.drivers(OVERFORMYNDAR, FEBRUARY);

        assertThat(drivers.total().monthDeviation()).isEqualByComparingTo("-272000.00");
        assertThat(drivers.byMonth()).extracting(d -> d.account().code()).containsExactly("5320", "3010", "5010");
        // −280 000 / −272 000 = 102,9 %; −2 000 / −272 000 = 0,7 %; +10 000 / −272 000 = −3,7 %: together 100 %
        assertThat(drivers.byMonth())
                .extracting(d -> drivers.monthShare(d, 1).orElseThrow())
                .containsExactly(new BigDecimal("102.9"), new BigDecimal("0.7"), new BigDecimal("-3.7"));
    }

    @Test
    void to_date_the_shares_come_from_the_exact_kronor_and_the_order_can_differ_from_the_month() {
        load();
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        DeviationDrivers drivers = service.drivers(OVERFORMYNDAR, FEBRUARY);

        assertThat(drivers.total().ytdDeviation()).isEqualByComparingTo("-273000.50");
        DeviationDrivers.Driver fees = drivers.byYearToDate().get(0);
        assertThat(fees.account().code()).isEqualTo("5320");
        assertThat(fees.figures().ytdDeviation()).isEqualByComparingTo("-281000.50");
        // −281 000,50 / −273 000,50 × 100 = 102,930 4… → 102,93
        assertThat(drivers.yearToDateShare(fees, 2)).contains(new BigDecimal("102.93"));
        BigDecimal sum = drivers.byYearToDate().stream()
                .map(d -> d.figures().ytdDeviation())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(drivers.total().ytdDeviation());
    }

    @Test
    void where_the_unit_is_on_budget_there_is_no_share_and_the_largest_deviations_come_first() {
        line(budget, SeedKommun.TIA, "6110", 2, "100.00");
        line(actuals, SeedKommun.TIA, "6110", 2, "150.00");
        line(budget, SeedKommun.TIA, "6120", 2, "100.00");
        line(actuals, SeedKommun.TIA, "6120", 2, "50.00");
        line(budget, SeedKommun.TIA, "6130", 2, "10.00");
        line(actuals, SeedKommun.TIA, "6130", 2, "10.00");
        load();
        caller.set(SeedKommun.economist("martin", KLS));
        DeviationDrivers drivers = service.drivers(SeedKommun.TIA, FEBRUARY);

        assertThat(drivers.total().monthDeviation()).isEqualByComparingTo("0");
        assertThat(drivers.byMonth()).extracting(d -> d.account().code()).containsExactly("6110", "6120", "6130");
        assertThat(drivers.monthShare(drivers.byMonth().get(0), 1)).isEmpty();
    }

    @Test
    void the_same_month_last_year_stands_beside_each_account_where_it_was_booked() {
        Period lastFebruary = new Period(2025, 2);
        line(budget, OVERFORMYNDAR, "5320", lastFebruary, "20000.00");
        line(actuals, OVERFORMYNDAR, "5320", lastFebruary, "25000.00");
        line(actuals, OVERFORMYNDAR, "4990", lastFebruary, "700.00"); // booked last year only
        load();
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        DeviationDrivers drivers = service.drivers(OVERFORMYNDAR, FEBRUARY);

        assertThat(drivers.hasLastYear()).isTrue();
        assertThat(drivers.lastYear().monthActual()).isEqualByComparingTo("25700.00");
        DeviationDrivers.Driver fees = drivers.byMonth().get(0);
        assertThat(fees.lastYear().monthDeviation()).isEqualByComparingTo("-5000.00");
        assertThat(drivers.byMonth())
                .filteredOn(d -> d.account().code().equals("4990"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.figures().isZero()).isTrue();
                    assertThat(d.lastYear().monthActual()).isEqualByComparingTo("700.00");
                });
        DeviationDrivers.Driver salaries = drivers.byMonth().stream()
                .filter(d -> d.account().code().equals("5010"))
                .findFirst()
                .orElseThrow();
        assertThat(salaries.lastYear()).isNotNull();
        assertThat(salaries.lastYear().isZero()).isTrue();
    }

    @Test
    void without_last_years_actuals_for_the_month_there_is_no_comparison() {
        load();
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        DeviationDrivers drivers = service.drivers(OVERFORMYNDAR, FEBRUARY);

        assertThat(drivers.hasLastYear()).isFalse();
        assertThat(drivers.accounts()).allMatch(d -> d.lastYear() == null);
    }

    @Test
    void a_chief_asking_for_another_units_accounts_is_refused() {
        load();
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));

        assertThatThrownBy(() -> service.drivers(IT, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.drivers(KLS, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void a_politician_reads_the_drivers_of_a_unit_of_their_committee_but_not_of_another() {
        load();
        caller.set(SeedKommun.politician("anna", SeedKommun.KS));

        assertThat(service.drivers(OVERFORMYNDAR, FEBRUARY).byMonth()).isNotEmpty();
        assertThatThrownBy(() -> service.drivers(SeedKommun.SBF, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
    }
}
