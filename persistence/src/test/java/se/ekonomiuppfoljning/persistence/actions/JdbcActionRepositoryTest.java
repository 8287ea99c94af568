package se.ekonomiuppfoljning.persistence.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.actions.DecisionReference;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.testdata.SeedKommun;

@PersistenceTest
class JdbcActionRepositoryTest {

    private static final Instant CREATED = Instant.parse("2026-03-05T08:00:00.250Z");

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    ActionRepository actions;

    @BeforeEach
    void storeTheOrganisation() {
        Organisation organisation = SeedKommun.organisation();
        organisations.saveCommittees(organisation.committees());
        organisations.saveUnits(organisation.units());
    }

    private static Action action(
            UnitCode unit, LocalDate due, ActionStatus status, DecisionReference decision, long version) {
        return new Action(
                0,
                unit,
                new Period(2026, 2),
                "Översyn av arvoden",
                "Fler ärenden än budgeterat",
                "Eva Ek",
                due,
                new BigDecimal("60000.50"),
                DecisionLevel.POLITISK_NIVA,
                status,
                decision,
                "eva",
                CREATED,
                "eva",
                CREATED,
                version);
    }

    @Test
    void an_action_comes_back_as_it_was_stored_with_its_decision_reference() {
        Action decided = action(
                OVERFORMYNDAR,
                LocalDate.of(2026, 6, 30),
                ActionStatus.BESLUTAD,
                new DecisionReference("KS", LocalDate.of(2026, 3, 18), 45),
                1);
        long id = actions.insert(decided);

        assertThat(actions.find(id)).contains(decided.withId(id));
        Action proposed = action(OVERFORMYNDAR, LocalDate.of(2026, 5, 31), ActionStatus.FORESLAGEN, null, 1);
        long second = actions.insert(proposed);
        assertThat(actions.find(second)).contains(proposed.withId(second));
    }

    @Test
    void open_actions_leave_out_done_and_cancelled_ones_and_come_by_due_date() {
        long late = actions.insert(action(
                OVERFORMYNDAR,
                LocalDate.of(2026, 9, 30),
                ActionStatus.PAGAR,
                new DecisionReference("KS", LocalDate.of(2026, 3, 18), 45),
                1));
        long early = actions.insert(action(OVERFORMYNDAR, LocalDate.of(2026, 4, 30), ActionStatus.FORESLAGEN, null, 1));
        actions.insert(action(OVERFORMYNDAR, LocalDate.of(2026, 4, 1), ActionStatus.AVBRUTEN, null, 1));
        actions.insert(action(IT, LocalDate.of(2026, 4, 1), ActionStatus.FORESLAGEN, null, 1));

        assertThat(actions.open(Set.of(OVERFORMYNDAR))).extracting(Action::id).containsExactly(early, late);
        assertThat(actions.open(Set.of())).isEmpty();
    }

    @Test
    void an_update_over_a_stale_version_changes_nothing() {
        long id = actions.insert(action(OVERFORMYNDAR, LocalDate.of(2026, 6, 30), ActionStatus.FORESLAGEN, null, 1));
        Action moved = action(OVERFORMYNDAR, LocalDate.of(2026, 7, 31), ActionStatus.FORESLAGEN, null, 2)
                .withId(id);

        assertThat(actions.update(moved, 1)).isTrue();
        Action stale = action(OVERFORMYNDAR, LocalDate.of(2026, 8, 31), ActionStatus.AVBRUTEN, null, 2)
                .withId(id);
        assertThat(actions.update(stale, 1)).isFalse();
        assertThat(actions.find(id)).contains(moved);
    }
}
