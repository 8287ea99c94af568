package se.ekonomiuppfoljning.substitutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.ScopeCache;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class SubstituteServiceTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** 1 July 2026, 00:30 in Stockholm (22:30 UTC the day before): the Swedish day decides. */
    private static final Instant JULY_1 = Instant.parse("2026-06-30T22:30:00Z");

    private static final LocalDate D1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate D31 = LocalDate.of(2026, 7, 31);

    private final UserAccount anna = SeedKommun.chief("anna", IT);
    private final UserAccount bengt = SeedKommun.chief("bengt", OVERFORMYNDAR);
    private final UserAccount cecilia = SeedKommun.chief("cecilia", TIA);
    private final UserAccount ekonom = SeedKommun.economist("ekonom", TIA);
    private final UserAccount chefEkonom =
            new UserAccount("chefekonom", "Chef Ekonom", Set.of(Role.CHEF, Role.EKONOM), Set.of(TIA), Set.of(), true);
    private final UserAccount politiker = SeedKommun.politician("politiker", SeedKommun.KS);
    private final UserAccount admin = SeedKommun.admin("admin");
    private final UserAccount disabled =
            new UserAccount("slutat", "Slutat", Set.of(Role.CHEF), Set.of(TIA), Set.of(), false);

    private final MovableClock clock = new MovableClock(JULY_1);
    private final InMemoryUsers users =
            new InMemoryUsers(anna, bengt, cecilia, ekonom, chefEkonom, politiker, admin, disabled);
    private final InMemorySubstitutions substitutions = new InMemorySubstitutions();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(anna);
    private final SubstituteService service = new SubstituteService(substitutions, users, caller::get, audit, clock);
    private final ActingAccounts acting = new ActingAccounts(substitutions, users, clock);
    private final InMemoryOrganisation organisation = new InMemoryOrganisation(SeedKommun.organisation());

    @Test
    void a_chief_names_a_substitute_who_acts_for_the_chiefs_units_from_the_first_to_the_last_day() {
        clock.set(Instant.parse("2026-06-20T10:00:00Z"));
        Substitution named = service.name("anna", "bengt", D1, D31);

        assertThat(named).isEqualTo(new Substitution(named.id(), "anna", "bengt", D1, D31));
        assertThat(acting.acting(bengt)).isEqualTo(bengt);
        clock.set(JULY_1);
        assertThat(acting.acting(bengt).units()).containsExactlyInAnyOrder(OVERFORMYNDAR, IT);
        assertThat(acting.acting(bengt).roles()).containsExactly(Role.CHEF);
        clock.set(Instant.parse("2026-07-31T21:59:00Z")); // 23:59 on the last day
        assertThat(acting.acting(bengt).units()).contains(IT);
        clock.set(Instant.parse("2026-07-31T22:00:00Z")); // midnight: 1 August
        assertThat(acting.acting(bengt)).isEqualTo(bengt);
        assertThat(acting.acting(anna)).isEqualTo(anna);
    }

    @Test
    void the_scope_cache_neither_keeps_a_substitution_past_its_end_nor_misses_a_new_one() {
        ScopeCache cache = new ScopeCache();
        var tree = organisation.load();
        assertThat(cache.resolve(tree, acting.acting(bengt)).canRead(IT)).isFalse();

        service.name("anna", "bengt", D1, D1);
        assertThat(cache.resolve(tree, acting.acting(bengt)).canRead(IT)).isTrue();

        clock.set(JULY_1.plusSeconds(24 * 3600));
        assertThat(cache.resolve(tree, acting.acting(bengt)).canRead(IT)).isFalse();
        assertThat(cache.resolve(tree, acting.acting(bengt)).canRead(OVERFORMYNDAR))
                .isTrue();
    }

    @Test
    void naming_and_ending_are_audited_with_the_chief_the_substitute_and_the_days() {
        Substitution named = service.name("anna", "bengt", D1, D31);
        service.end(named.id());

        String text = "chief=anna; substitute=bengt; from=2026-07-01; to=2026-07-31";
        assertThat(audit.entries)
                .containsExactly(
                        new AuditEntry("anna", JULY_1, "SUBSTITUTE", Long.toString(named.id()), null, text),
                        new AuditEntry("anna", JULY_1, "SUBSTITUTE", Long.toString(named.id()), text, null));
        assertThat(acting.acting(bengt)).isEqualTo(bengt);
        assertThat(service.myStandIns()).isEmpty();
    }

    @Test
    void both_sides_see_the_substitution_until_its_last_day() {
        Substitution named = service.name("anna", "bengt", D1, D31);

        assertThat(service.myStandIns()).containsExactly(new SubstitutionLine(named, "anna", "bengt"));
        assertThat(service.whomIStandInFor()).isEmpty();
        caller.set(bengt);
        assertThat(service.whomIStandInFor())
                .extracting(SubstitutionLine::substitution)
                .containsExactly(named);
        assertThat(service.myStandIns()).isEmpty();
        clock.set(Instant.parse("2026-08-01T08:00:00Z"));
        assertThat(service.whomIStandInFor()).isEmpty();
    }

    @Test
    void nobody_is_their_own_substitute_and_a_substitute_is_an_enabled_chief_who_is_no_economist() {
        assertRefused(() -> service.name("anna", "anna", D1, D31), SubstituteProblem.SUBSTITUTE_IS_SELF);
        assertRefused(
                () -> service.name("anna", "ekonom", D1, D31), SubstituteProblem.SUBSTITUTE_NOT_ELIGIBLE, "ekonom");
        assertRefused(
                () -> service.name("anna", "chefekonom", D1, D31),
                SubstituteProblem.SUBSTITUTE_NOT_ELIGIBLE,
                "chefekonom");
        assertRefused(
                () -> service.name("anna", "politiker", D1, D31),
                SubstituteProblem.SUBSTITUTE_NOT_ELIGIBLE,
                "politiker");
        assertRefused(() -> service.name("anna", "slutat", D1, D31), SubstituteProblem.UNKNOWN_SUBSTITUTE, "slutat");
        assertRefused(() -> service.name("anna", "okand", D1, D31), SubstituteProblem.UNKNOWN_SUBSTITUTE, "okand");
        assertRefused(() -> service.name("anna", " ", D1, D31), SubstituteProblem.UNKNOWN_SUBSTITUTE, "");
        assertThat(substitutions.stored).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void the_range_is_today_or_later_in_order_and_at_most_six_months() {
        assertRefused(() -> service.name("anna", "bengt", null, D31), SubstituteProblem.RANGE_MISSING);
        assertRefused(
                () -> service.name("anna", "bengt", D31, D1),
                SubstituteProblem.RANGE_REVERSED,
                "2026-07-31",
                "2026-07-01");
        assertRefused(
                () -> service.name("anna", "bengt", D1.minusDays(1), D31),
                SubstituteProblem.RANGE_IN_PAST,
                "2026-06-30",
                "2026-07-01");
        assertRefused(
                () -> service.name("anna", "bengt", D1, LocalDate.of(2027, 1, 2)), SubstituteProblem.RANGE_TOO_LONG, 6);
        service.name("anna", "bengt", D1, LocalDate.of(2027, 1, 1));
        assertThat(substitutions.stored).hasSize(1);
    }

    @Test
    void a_range_overlapping_the_chiefs_named_substitute_is_refused_and_one_next_to_it_is_not() {
        service.name("anna", "bengt", D1, D31);

        assertRefused(
                () -> service.name("anna", "cecilia", D31, D31.plusDays(5)),
                SubstituteProblem.OVERLAPS,
                "bengt",
                "2026-07-01",
                "2026-07-31");
        service.name("anna", "cecilia", D31.plusDays(1), D31.plusDays(5));
        caller.set(cecilia);
        service.name("cecilia", "bengt", D1, D31); // another chief's, not overlapping anna's
        assertThat(substitutions.stored).hasSize(3);
    }

    @Test
    void only_the_chief_or_an_administrator_names_or_ends_the_chiefs_substitute() {
        caller.set(cecilia);
        assertThatThrownBy(() -> service.name("anna", "bengt", D1, D31)).isInstanceOf(PermissionDeniedException.class);
        caller.set(admin);
        Substitution named = service.name("anna", "bengt", D1, D31);
        caller.set(bengt);
        assertThatThrownBy(() -> service.end(named.id())).isInstanceOf(PermissionDeniedException.class);
        caller.set(cecilia);
        assertThatThrownBy(() -> service.end(named.id())).isInstanceOf(PermissionDeniedException.class);
        caller.set(admin);
        service.end(named.id());
        assertThat(substitutions.stored).isEmpty();
        assertRefused(() -> service.end(named.id()), SubstituteProblem.NOT_FOUND, named.id());
        assertRefused(() -> service.name("politiker", "bengt", D1, D31), SubstituteProblem.NOT_A_CHIEF, "politiker");
        assertRefused(() -> service.name("admin", "bengt", D1, D31), SubstituteProblem.NOT_A_CHIEF, "admin");
    }

    @Test
    void an_administrator_who_is_also_a_chief_cannot_name_themselves_ersattare_for_another_chief() {
        UserAccount adminChief =
                new UserAccount("adminchef", "Admin Chef", Set.of(Role.ADMIN, Role.CHEF), Set.of(TIA), Set.of(), true);
        users.save(adminChief, "{noop}x");
        caller.set(adminChief);

        assertRefused(() -> service.name("anna", "adminchef", D1, D31), SubstituteProblem.SUBSTITUTE_IS_CALLER, "anna");
        assertRefused(
                () -> service.name("anna", " adminchef ", D1, D31), SubstituteProblem.SUBSTITUTE_IS_CALLER, "anna");
        assertThat(substitutions.stored).isEmpty();
        assertThat(audit.entries).isEmpty();
        assertThat(acting.acting(adminChief).units()).containsExactly(TIA);

        Substitution forAnother = service.name("anna", "bengt", D1, D31);
        assertThat(forAnother.substitute()).isEqualTo("bengt");
        Substitution ownNamed = service.name("adminchef", "cecilia", D1, D31);
        assertThat(ownNamed.chief()).isEqualTo("adminchef");
    }

    @Test
    void a_substitute_cannot_hand_on_the_units_they_stand_in_for() {
        service.name("anna", "bengt", D1, D31);
        caller.set(acting.acting(bengt)); // bengt as the services see him today, with anna's unit
        service.name("bengt", "cecilia", D1, D31);

        assertThatThrownBy(() -> service.name("anna", "cecilia", D1, D31))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(acting.acting(cecilia).units()).containsExactlyInAnyOrder(TIA, OVERFORMYNDAR);
        assertThat(acting.acting(cecilia).units()).doesNotContain(IT);
    }

    @Test
    void the_substitute_never_gets_the_chiefs_other_roles_nor_anything_from_a_disabled_chief() {
        users.save(
                new UserAccount("anna", "Anna", Set.of(Role.CHEF, Role.ADMIN, Role.EKONOM), Set.of(IT), Set.of(), true),
                "h");
        caller.set(users.findByUsername("anna").orElseThrow());
        service.name("anna", "bengt", D1, D31);

        assertThat(acting.acting(bengt).roles()).containsExactly(Role.CHEF);
        assertThat(acting.acting(bengt).units()).contains(IT);
        users.save(new UserAccount("anna", "Anna", Set.of(Role.CHEF), Set.of(IT), Set.of(), false), "h");
        assertThat(acting.acting(bengt)).isEqualTo(bengt);
    }

    @Test
    void a_substitute_who_became_an_economist_acts_for_nobody() {
        service.name("anna", "bengt", D1, D31);
        UserAccount economistNow = new UserAccount(
                "bengt", "Bengt", Set.of(Role.CHEF, Role.EKONOM), Set.of(OVERFORMYNDAR), Set.of(), true);

        assertThat(acting.acting(economistNow)).isEqualTo(economistNow);
    }

    @Test
    void the_candidates_are_enabled_chiefs_other_than_the_caller_by_name_only() {
        assertThat(service.candidates())
                .extracting(SubstituteCandidate::username)
                .containsExactlyInAnyOrder("bengt", "cecilia");
        caller.set(politiker);
        assertThatThrownBy(service::candidates).isInstanceOf(PermissionDeniedException.class);
        assertThat(service.mayNameMine()).isFalse();
        caller.set(anna);
        assertThat(service.mayNameMine()).isTrue();
    }

    @Test
    void the_audit_says_on_whose_behalf_an_act_on_the_chiefs_unit_was_done_and_only_there() {
        service.name("anna", "bengt", D1, D31);
        OnBehalfAuditLog log = new OnBehalfAuditLog(audit, acting, organisation);
        audit.entries.clear();

        log.record(entry("bengt", IT));
        log.record(entry("bengt", OVERFORMYNDAR));
        log.record(entry("anna", IT));
        log.record(new AuditEntry("bengt", JULY_1, "USER", "bengt", null, "x"));
        clock.set(Instant.parse("2026-08-01T08:00:00Z"));
        log.record(entry("bengt", IT));

        assertThat(audit.entries).extracting(AuditEntry::onBehalfOf).containsExactly("anna", null, null, null, null);
        assertThat(AccessScope.resolve(organisation.load(), bengt).canRead(IT)).isFalse();
    }

    @Test
    void a_chief_who_is_also_a_politician_reading_the_unit_is_still_marked_as_acting_on_behalf_there() {
        UserAccount politicianChief = new UserAccount(
                "polchef",
                "Politiker Chef",
                Set.of(Role.CHEF, Role.POLITIKER),
                Set.of(OVERFORMYNDAR),
                Set.of(SeedKommun.KS),
                true);
        users.save(politicianChief, "{noop}x");
        assertThat(AccessScope.resolve(organisation.load(), politicianChief).canRead(IT))
                .isTrue();
        service.name("anna", "polchef", D1, D31);
        OnBehalfAuditLog log = new OnBehalfAuditLog(audit, acting, organisation);
        audit.entries.clear();

        log.record(entry("polchef", IT));
        log.record(entry("polchef", OVERFORMYNDAR));

        assertThat(audit.entries).extracting(AuditEntry::onBehalfOf).containsExactly("anna", null);
    }

    private static AuditEntry entry(String user, UnitCode unit) {
        return new AuditEntry(user, JULY_1, "UNIT_REPORT", unit.value() + "/2026-06", null, "x", unit.value());
    }

    private static void assertRefused(ThrowingCallable call, SubstituteProblem code, Object... arguments) {
        assertThatThrownBy(call)
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).problem())
                .isEqualTo(Problem.of(code, arguments));
    }

    static final class InMemorySubstitutions implements SubstitutionRepository {

        final List<Substitution> stored = new ArrayList<>();
        private long next = 1;

        @Override
        public Substitution add(String chief, String substitute, LocalDate from, LocalDate to) {
            Substitution s = new Substitution(next++, chief, substitute, from, to);
            stored.add(s);
            return s;
        }

        @Override
        public Optional<Substitution> find(long id) {
            return stored.stream().filter(s -> s.id() == id).findFirst();
        }

        @Override
        public void remove(long id) {
            stored.removeIf(s -> s.id() == id);
        }

        @Override
        public List<Substitution> ofChief(String chief, LocalDate day) {
            return stored.stream()
                    .filter(s -> s.chief().equals(chief) && !s.to().isBefore(day))
                    .toList();
        }

        @Override
        public List<Substitution> ofSubstitute(String substitute, LocalDate day) {
            return stored.stream()
                    .filter(s -> s.substitute().equals(substitute) && !s.to().isBefore(day))
                    .toList();
        }
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return SWEDEN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void an_administrator_lists_a_chiefs_ersattare_and_another_chief_may_not() {
        service.name("anna", "bengt", D1, D31);

        caller.set(admin);
        assertThat(service.standInsOf("anna"))
                .singleElement()
                .satisfies(line -> assertThat(line.substitution().substitute()).isEqualTo("bengt"));
        caller.set(anna);
        assertThat(service.standInsOf("anna")).hasSize(1);
        caller.set(cecilia);
        assertThatThrownBy(() -> service.standInsOf("anna")).isInstanceOf(PermissionDeniedException.class);
    }
}
