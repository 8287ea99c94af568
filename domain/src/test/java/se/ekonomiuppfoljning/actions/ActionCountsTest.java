package se.ekonomiuppfoljning.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.SBF;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryActions;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** A node's row counts the åtgärder of its units, not only those raised on the node itself. */
class ActionCountsTest {

    static final Period FEBRUARY = new Period(2026, 2);
    static final Instant NOW = Instant.parse("2026-04-15T08:00:00Z");

    private final InMemoryFigures figures = new InMemoryFigures();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final ActionService service = new ActionService(
            new FixedOrganisation(SeedKommun.organisation()),
            figures,
            new InMemoryUnitReports(),
            new InMemoryActions(),
            new InMemoryAuditLog(),
            caller::get,
            Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")));

    ActionCountsTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    private void action(UserAccount chief, UnitCode unit, LocalDate due) {
        caller.set(chief);
        service.create(
                unit,
                FEBRUARY,
                new ActionDraft(
                        "Se över arvodesnivåerna",
                        "Fler ärenden än budgeterat",
                        "Eva Ek",
                        due,
                        new BigDecimal("60000"),
                        DecisionLevel.POLITISK_NIVA,
                        null,
                        null));
    }

    @Test
    void a_nodes_row_counts_the_open_and_overdue_actions_of_the_units_below_it() {
        action(SeedKommun.chief("eva", OVERFORMYNDAR), OVERFORMYNDAR, LocalDate.of(2026, 3, 31));
        action(SeedKommun.chief("eva", OVERFORMYNDAR), OVERFORMYNDAR, LocalDate.of(2026, 6, 30));
        action(SeedKommun.chief("ivar", IT), IT, LocalDate.of(2026, 6, 30));
        caller.set(SeedKommun.chief("johan", KOMMUN));

        Map<UnitCode, ActionCounts> counts = service.counts(List.of(KLS, SBF, OVERFORMYNDAR));

        assertThat(counts.get(KLS)).isEqualTo(new ActionCounts(3, 1));
        assertThat(counts.get(OVERFORMYNDAR)).isEqualTo(new ActionCounts(2, 1));
        assertThat(counts.get(SBF)).isEqualTo(new ActionCounts(0, 0));
    }

    @Test
    void a_politician_counts_only_the_actions_they_may_read_and_a_chief_no_node_above_their_unit() {
        action(SeedKommun.chief("eva", OVERFORMYNDAR), OVERFORMYNDAR, LocalDate.of(2026, 6, 30));

        caller.set(SeedKommun.politician("lena", KS));
        // Proposed, in a month not approved: not yet for the politicians' eyes, so not counted either.
        assertThat(service.counts(List.of(KLS)).get(KLS)).isEqualTo(new ActionCounts(0, 0));

        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThatThrownBy(() -> service.counts(List.of(KLS))).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void whether_a_political_action_is_needed_tells_a_politician_nothing_of_a_proposal_they_may_not_read() {
        caller.set(SeedKommun.politician("lena", KS));
        boolean before = service.politicalActionNeeded(OVERFORMYNDAR, FEBRUARY);

        action(SeedKommun.chief("eva", OVERFORMYNDAR), OVERFORMYNDAR, LocalDate.of(2026, 6, 30));

        caller.set(SeedKommun.politician("lena", KS));
        assertThat(before).isTrue();
        assertThat(service.politicalActionNeeded(OVERFORMYNDAR, FEBRUARY)).isTrue();
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThat(service.politicalActionNeeded(OVERFORMYNDAR, FEBRUARY)).isFalse();
    }
}
