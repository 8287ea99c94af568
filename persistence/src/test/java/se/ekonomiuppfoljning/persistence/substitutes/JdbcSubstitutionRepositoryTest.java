package se.ekonomiuppfoljning.persistence.substitutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.substitutes.Substitution;
import se.ekonomiuppfoljning.substitutes.SubstitutionRepository;

@PersistenceTest
class JdbcSubstitutionRepositoryTest {

    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate JULY_31 = LocalDate.of(2026, 7, 31);

    @Autowired
    SubstitutionRepository substitutions;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void users() {
        for (String name : new String[] {"ordinarie", "vikarie"}) {
            users.save(new UserAccount(name, name, Set.of(Role.CHEF), Set.of(), Set.of(), true), "{bcrypt}h");
        }
    }

    @Test
    void a_stored_substitution_reads_back_for_its_chief_and_its_substitute_until_its_last_day() {
        Substitution stored = substitutions.add("ordinarie", "vikarie", JULY_1, JULY_31);

        assertThat(substitutions.find(stored.id()))
                .contains(new Substitution(stored.id(), "ordinarie", "vikarie", JULY_1, JULY_31));
        assertThat(substitutions.ofChief("ordinarie", JULY_31)).containsExactly(stored);
        assertThat(substitutions.ofSubstitute("vikarie", JULY_1.minusDays(10))).containsExactly(stored);
        assertThat(substitutions.ofChief("ordinarie", JULY_31.plusDays(1))).isEmpty();
        assertThat(substitutions.ofChief("vikarie", JULY_1)).isEmpty();
    }

    @Test
    void a_substitution_is_active_from_its_first_to_its_last_day_both_inclusive() {
        Substitution stored = substitutions.add("ordinarie", "vikarie", JULY_1, JULY_31);

        assertThat(substitutions.activeFor("vikarie", JULY_1.minusDays(1))).isEmpty();
        assertThat(substitutions.activeFor("vikarie", JULY_1)).containsExactly(stored);
        assertThat(substitutions.activeFor("vikarie", JULY_31)).containsExactly(stored);
        assertThat(substitutions.activeFor("vikarie", JULY_31.plusDays(1))).isEmpty();
        assertThat(substitutions.activeFor("ordinarie", JULY_1)).isEmpty();
    }

    @Test
    void a_removed_substitution_is_gone() {
        Substitution stored = substitutions.add("ordinarie", "vikarie", JULY_1, JULY_31);

        substitutions.remove(stored.id());

        assertThat(substitutions.find(stored.id())).isEmpty();
        assertThat(substitutions.activeFor("vikarie", JULY_1)).isEmpty();
    }

    @Test
    void the_database_refuses_a_range_ending_before_it_begins_and_an_unknown_user() {
        assertThatThrownBy(() -> substitutions.add("ordinarie", "vikarie", JULY_31, JULY_1))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> substitutions.add("ordinarie", "okand", JULY_1, JULY_31))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_audit_entry_keeps_on_whose_behalf_it_was_done() {
        Instant at = Instant.parse("2026-07-02T08:00:00Z");
        audit.record(new AuditEntry("vikarie", at, "UNIT_REPORT", "ersattartest/2026-06", null, "x", "1180")
                .withOnBehalfOf("ordinarie"));
        audit.record(new AuditEntry("ordinarie", at, "UNIT_REPORT", "ersattartest/2026-06", "x", "y", "1180"));

        assertThat(audit.entriesFor("UNIT_REPORT", "ersattartest/2026-06"))
                .extracting(AuditEntry::onBehalfOf)
                .containsExactly("ordinarie", null);
    }
}
