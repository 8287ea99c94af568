package se.ekonomiuppfoljning.persistence.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.SBF;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.persistence.StoredSeed;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.testdata.SeedKommun;

@PersistenceTest
class JdbcFigureRepositoryTest {

    private static final Period FEBRUARY = new Period(2026, 2);

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    FigureRepository figures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate namedJdbc;

    private Organisation organisation;

    @BeforeEach
    void storeTheSeed() {
        organisation = StoredSeed.store(organisations, figures);
    }

    private AccessScope everything() {
        return AccessScope.resolve(organisation, SeedKommun.chief("johan", KOMMUN));
    }

    @Test
    void the_database_sums_month_ytd_and_annual_budget_per_unit_in_kronor() {
        Map<UnitCode, Figures> byUnit = figures.figuresByUnit(everything(), organisation.subtree(KLS), FEBRUARY);

        Figures overformyndar = byUnit.get(OVERFORMYNDAR);
        assertThat(overformyndar.monthBudget()).isEqualByComparingTo("137246");
        assertThat(overformyndar.monthActual()).isEqualByComparingTo("409283");
        assertThat(overformyndar.ytdBudget()).isEqualByComparingTo("393052");
        assertThat(overformyndar.ytdActual()).isEqualByComparingTo("444829");
        assertThat(overformyndar.annualBudget()).isEqualByComparingTo("2580186");
        assertThat(byUnit).doesNotContainKey(KLS).doesNotContainKey(SBF).hasSize(10);
    }

    @Test
    void a_chiefs_query_never_returns_another_units_rows() {
        AccessScope chief = AccessScope.resolve(organisation, SeedKommun.chief("eva", OVERFORMYNDAR));

        assertThat(figures.figuresByUnit(chief, organisation.subtree(KLS), FEBRUARY)
                        .keySet())
                .containsExactly(OVERFORMYNDAR);
        assertThat(figures.figuresByUnit(chief, Set.of(IT), FEBRUARY)).isEmpty();
        assertThat(figures.figuresByMonth(chief, Set.of(IT), 2026)).isEmpty();
        assertThat(figures.figuresByAccount(chief, Set.of(IT), FEBRUARY)).isEmpty();
        BigDecimal ytdOfAll = figures.figuresByAccount(chief, organisation.subtree(KOMMUN), FEBRUARY).stream()
                .map(a -> a.figures().ytdActual())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(ytdOfAll).isEqualByComparingTo("444829");
    }

    @Test
    void a_politicians_query_stops_at_their_committees_units() {
        AccessScope politician = AccessScope.resolve(organisation, SeedKommun.politician("anna", KS));
        assertThat(figures.figuresByUnit(politician, organisation.subtree(KOMMUN), FEBRUARY)
                        .keySet())
                .hasSize(10)
                .doesNotContain(UnitCode.of("2110"), UnitCode.of("2120"));
    }

    @Test
    void many_units_are_read_for_the_whole_year_and_still_only_the_requested_units_in_scope_come_back() {
        FigureRepository wholeYear = new JdbcFigureRepository(namedJdbc, 1);
        AccessScope politician = AccessScope.resolve(organisation, SeedKommun.politician("anna", KS));
        AccessScope chief = AccessScope.resolve(organisation, SeedKommun.chief("eva", OVERFORMYNDAR));

        assertThat(wholeYear.figuresByUnit(everything(), organisation.subtree(KLS), FEBRUARY))
                .isEqualTo(figures.figuresByUnit(everything(), organisation.subtree(KLS), FEBRUARY))
                .hasSize(10)
                .doesNotContainKey(SBF);
        assertThat(wholeYear.figuresByUnit(politician, organisation.subtree(KOMMUN), FEBRUARY))
                .isEqualTo(figures.figuresByUnit(politician, organisation.subtree(KOMMUN), FEBRUARY))
                .hasSize(10)
                .doesNotContainKeys(UnitCode.of("2110"), UnitCode.of("2120"));
        assertThat(wholeYear
                        .figuresByUnit(chief, organisation.subtree(KOMMUN), FEBRUARY)
                        .keySet())
                .containsExactly(OVERFORMYNDAR);
        assertThat(wholeYear
                        .figuresByUnit(everything(), Set.of(OVERFORMYNDAR, IT), FEBRUARY)
                        .keySet())
                .containsExactlyInAnyOrder(OVERFORMYNDAR, IT);
    }

    @Test
    void months_and_accounts_are_grouped_in_the_database_with_account_names() {
        var months = figures.figuresByMonth(everything(), Set.of(OVERFORMYNDAR), 2026);
        assertThat(months).hasSize(12);
        assertThat(months.get(0).actual()).isEqualByComparingTo("35546");
        assertThat(months.get(1).budget()).isEqualByComparingTo("137246");

        var accounts = figures.figuresByAccount(everything(), Set.of(OVERFORMYNDAR), FEBRUARY);
        assertThat(accounts)
                .extracting(a -> a.account().name())
                .containsExactly("Försäljning av tjänster", "Månadslöner");
        assertThat(accounts.get(0).figures().monthActual()).isEqualByComparingTo("-40928.30");
    }

    @Test
    void saving_the_same_lines_again_replaces_rather_than_adds() {
        figures.saveActuals(List.of(new AmountLine(OVERFORMYNDAR, "5011", FEBRUARY, new BigDecimal("1.00"))));
        figures.saveActuals(List.of(new AmountLine(OVERFORMYNDAR, "5011", FEBRUARY, new BigDecimal("1.00"))));
        Integer rows = jdbc.queryForObject(
                "SELECT COUNT(*) FROM actual_amount WHERE unit_code = '1150'"
                        + " AND account_code = '5011' AND period_year = 2026 AND period_month = 2",
                Integer.class);
        assertThat(rows).isEqualTo(1);
        assertThat(figures.figuresByUnit(everything(), Set.of(OVERFORMYNDAR), FEBRUARY)
                        .get(OVERFORMYNDAR)
                        .monthActual())
                .isEqualByComparingTo("-40927.30");
    }

    @Test
    void the_periods_with_actuals_are_listed_in_order() {
        assertThat(figures.periodsWithActuals()).containsExactly(new Period(2026, 1), FEBRUARY);
    }
}
