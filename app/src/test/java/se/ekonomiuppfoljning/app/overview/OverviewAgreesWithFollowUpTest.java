package se.ekonomiuppfoljning.app.overview;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.actions.ActionCounts;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.overview.KommunOverview;
import se.ekonomiuppfoljning.overview.OverviewRow;
import se.ekonomiuppfoljning.overview.OverviewService;

/**
 * Kommunöversikt on the demo kommun, against the follow-up table's own services for the same node and period: a
 * row's figures are its table's total to the öre, its forecast and months the total's cycle, its trend the total's
 * deviation to date month by month, so the start page and the page a row opens can never disagree.
 */
@PortalTest
class OverviewAgreesWithFollowUpTest {

    static final Period JANUARY = new Period(2026, 1);
    static final Period FEBRUARY = new Period(2026, 2);

    @Autowired
    OverviewService overview;

    @Autowired
    FollowUpService followUp;

    @Autowired
    UnitsCycleService cycles;

    @Autowired
    ActionService actions;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private static <T> T as(String user, String role, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        return work.get();
    }

    private static OverviewRow row(KommunOverview overview, String node) {
        return overview.rows().stream()
                .filter(r -> r.node().code().value().equals(node))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + node));
    }

    @Test
    void every_row_of_the_kommundirektors_overview_is_its_follow_up_tables_total() {
        as("kommundirektor", "CHEF", () -> {
            KommunOverview shown = overview.overview();
            assertThat(shown.period()).isEqualTo(FEBRUARY);
            assertThat(shown.rows()).extracting(r -> r.node().code().value()).containsExactly("EXB", "KLS", "SBF");
            for (OverviewRow row : shown.rows()) {
                FollowUpTable table = followUp.table(row.node().code(), FEBRUARY);
                assertThat(row.figures()).as(row.node().name()).isEqualTo(table.total());
                UnitsCycle total = requireNonNull(cycles.of(table).total());
                assertThat(row.forecast()).isEqualByComparingTo(total.forecast());
                assertThat(row.forecastDeviation()).isEqualByComparingTo(total.forecastDeviation());
                assertThat(row.monthsNotReady()).isEqualTo(total.units() - total.ready());
                assertThat(row.trend().get(0).ytdDeviation())
                        .isEqualByComparingTo(
                                requireNonNull(followUp.table(row.node().code(), JANUARY)
                                                .total())
                                        .ytdDeviation());
                assertThat(row.trend().get(1).ytdDeviation())
                        .isEqualByComparingTo(row.figures().ytdDeviation());
            }
            // Totalt KLS of the seed: February 3 483 − 3 340, to date 6 960 − 6 704 (tkr), TIA-avdelningen left out.
            OverviewRow kls = row(shown, "KLS");
            assertThat(kls.figures().monthDeviation()).isEqualByComparingTo("143437.00");
            assertThat(kls.figures().ytdDeviation()).isEqualByComparingTo("255691.00");
            assertThat(kls.unitsOutsideFrame())
                    .extracting(u -> u.code().value())
                    .containsExactly("1130");
            return null;
        });
    }

    @Test
    void the_kommun_rows_overdue_actions_are_those_of_its_units() {
        as("kommundirektor", "CHEF", () -> {
            OverviewRow kommun = row(overview.overview(FEBRUARY), "EXB");
            // The kommun's frame (KF) holds every unit, so its row counts what ActionService counts under it.
            ActionCounts counts = actions.counts(List.of(UnitCode.of("EXB"))).get(UnitCode.of("EXB"));
            assertThat(kommun.overdueActions()).isEqualTo(requireNonNull(counts).overdue());
            return null;
        });
    }

    @Test
    void the_ks_politician_and_the_ekonomichef_see_the_kls_row_as_the_kommundirektor_does() {
        OverviewRow director = as("kommundirektor", "CHEF", () -> row(overview.overview(FEBRUARY), "KLS"));
        for (String[] user : List.of(new String[] {"politiker", "POLITIKER"}, new String[] {"ekonomichef", "EKONOM"})) {
            KommunOverview shown = as(user[0], user[1], () -> overview.overview(FEBRUARY));
            assertThat(shown.rows())
                    .as(user[0])
                    .extracting(r -> r.node().code().value())
                    .containsExactly("KLS");
            assertThat(shown.rows().get(0).figures()).isEqualTo(director.figures());
        }
    }

    @Test
    void the_chief_of_one_unit_and_the_administrator_have_no_overview() {
        assertThat(as("hrchef", "CHEF", () -> overview.overview()).isEmpty()).isTrue();
        assertThat(as("admin", "ADMIN", () -> overview.overview()).isEmpty()).isTrue();
    }
}
