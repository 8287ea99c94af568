package se.ekonomiuppfoljning.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.actions.OverdueActions;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.substitutes.ActingAccounts;
import se.ekonomiuppfoljning.substitutes.Substitution;
import se.ekonomiuppfoljning.substitutes.SubstitutionRepository;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryActions;
import se.ekonomiuppfoljning.testdata.InMemoryDeadlines;
import se.ekonomiuppfoljning.testdata.InMemoryQuestions;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** The bell's list: one kind at a time, each as its owner and as somebody who must not see it. */
class NotificationServiceTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final Instant NOW = Instant.parse("2026-03-05T08:00:00Z");
    static final Period FEBRUARY = new Period(2026, 2);

    static final UserAccount EVA = SeedKommun.chief("eva", OVERFORMYNDAR);
    static final UserAccount IVAR = SeedKommun.chief("ivar", IT);
    static final UserAccount JOHAN = SeedKommun.chief("johan", KOMMUN);
    static final UserAccount OLLE = SeedKommun.chief("olle", TIA);
    static final UserAccount POLLY = SeedKommun.politician("polly", KS);
    static final UserAccount PER = SeedKommun.politician("per", KS);

    private final InMemoryQuestions questions = new InMemoryQuestions();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final InMemoryDeadlines deadlines = new InMemoryDeadlines();
    private final InMemoryActions actions = new InMemoryActions();
    private final InMemoryUsers users = new InMemoryUsers(EVA, IVAR, JOHAN, OLLE, POLLY, PER);
    private final Reads reads = new Reads();
    private final List<Substitution> substitutions = new ArrayList<>();
    private final AtomicReference<UserAccount> stored = new AtomicReference<>();
    private final Clock clock = Clock.fixed(NOW, STOCKHOLM);
    private final ActingAccounts acting = new ActingAccounts(new Substitutions(), users, clock);
    private final NotificationService service = new NotificationService(
            new FixedOrganisation(SeedKommun.organisation()),
            users,
            questions,
            reports,
            deadlines,
            new OverdueActions(actions, 30, STOCKHOLM),
            reads,
            () -> acting.acting(stored.get()),
            clock,
            7,
            Duration.ofDays(90));

    private List<Notification> as(UserAccount user) {
        stored.set(user);
        return service.mine();
    }

    private long answeredQuestion(UserAccount politician, UnitCode unit, Instant answeredAt) {
        long id = questions
                .add(unit, FEBRUARY, "Varför?", politician.username(), answeredAt.minusSeconds(3600))
                .id();
        questions.answer(id, "Därför.", "eva", answeredAt);
        return id;
    }

    private void sentBack(UnitCode unit, String by, Instant at) {
        reports.insert(new UnitReport(
                unit, FEBRUARY, ReportState.SENT_BACK, null, "", "", null, "Komplettera.", by, at, 3, "eva"));
    }

    private long action(UnitCode unit, LocalDate due, ActionStatus status) {
        return actions.insert(new Action(
                0,
                unit,
                FEBRUARY,
                "Minska inköpen",
                "Avvikelse",
                "Eva",
                due,
                new BigDecimal("10000.00"),
                DecisionLevel.VERKSAMHETSNIVA,
                status,
                null,
                "eva",
                NOW.minus(Duration.ofDays(20)),
                "eva",
                NOW.minus(Duration.ofDays(20)),
                1));
    }

    @Test
    void a_politician_is_told_that_their_question_was_answered_and_another_politician_is_not() {
        long id = answeredQuestion(POLLY, OVERFORMYNDAR, NOW.minusSeconds(60));

        List<Notification> polly = as(POLLY);
        assertThat(polly).hasSize(1);
        Notification answered = polly.get(0);
        assertThat(answered.kind()).isEqualTo(NotificationKind.QUESTION_ANSWERED);
        assertThat(answered.key()).isEqualTo("Q:" + id);
        assertThat(answered.unit()).isEqualTo(OVERFORMYNDAR);
        assertThat(answered.period()).isEqualTo(FEBRUARY);
        assertThat(answered.opensMonth()).isTrue();
        assertThat(answered.read()).isFalse();

        assertThat(as(PER)).isEmpty();
        assertThat(as(EVA)).noneMatch(n -> n.kind() == NotificationKind.QUESTION_ANSWERED);
    }

    @Test
    void an_unanswered_or_long_answered_question_is_not_in_the_list() {
        questions.add(OVERFORMYNDAR, FEBRUARY, "Obesvarad?", "polly", NOW.minusSeconds(60));
        answeredQuestion(POLLY, OVERFORMYNDAR, NOW.minus(Duration.ofDays(91)));

        assertThat(as(POLLY)).isEmpty();
    }

    @Test
    void a_chief_is_told_that_their_month_was_sent_back_and_never_sees_another_units() {
        sentBack(OVERFORMYNDAR, "johan", NOW.minusSeconds(120));
        sentBack(IT, "johan", NOW.minusSeconds(60));

        List<Notification> eva = as(EVA);
        assertThat(eva).extracting(Notification::kind).containsExactly(NotificationKind.MONTH_SENT_BACK);
        assertThat(eva.get(0).unit()).isEqualTo(OVERFORMYNDAR);
        assertThat(eva.get(0).detail()).isEqualTo("johan");
        assertThat(as(IVAR)).extracting(Notification::unit).containsExactly(IT);
        // The kommundirektör sent them back and answers for neither (each has a chief of its own).
        assertThat(as(JOHAN)).isEmpty();
        assertThat(as(POLLY)).isEmpty();
    }

    @Test
    void the_kommundirektor_answers_for_a_unit_without_a_chief_of_its_own() {
        sentBack(SeedKommun.KLS, "ekonomichef", NOW.minusSeconds(60));

        assertThat(as(JOHAN)).extracting(Notification::unit).containsExactly(SeedKommun.KLS);
        assertThat(as(EVA)).isEmpty();
    }

    @Test
    void a_chief_who_sent_a_month_back_is_not_told_of_it() {
        sentBack(SeedKommun.KLS, "johan", NOW.minusSeconds(60));

        assertThat(as(JOHAN)).isEmpty();
    }

    @Test
    void a_deadline_within_a_week_is_told_while_the_chiefs_months_are_not_ready() {
        deadlines.save(FEBRUARY, LocalDate.of(2026, 3, 10));
        deadlines.save(new Period(2026, 3), LocalDate.of(2026, 4, 10)); // too far ahead

        List<Notification> eva = as(EVA);
        assertThat(eva).hasSize(1);
        assertThat(eva.get(0).kind()).isEqualTo(NotificationKind.DEADLINE_NEAR);
        assertThat(eva.get(0).deadline()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(eva.get(0).count()).isEqualTo(1);
        assertThat(eva.get(0).opensMonth()).isFalse();

        reports.insert(new UnitReport(
                OVERFORMYNDAR, FEBRUARY, ReportState.READY, null, "", "", null, "", "eva", NOW, 2, "eva"));
        assertThat(as(EVA)).isEmpty();
        assertThat(as(POLLY)).isEmpty();
    }

    @Test
    void a_passed_deadline_is_not_told() {
        deadlines.save(FEBRUARY, LocalDate.of(2026, 3, 4));

        assertThat(as(EVA)).isEmpty();
    }

    @Test
    void a_chief_is_told_of_their_units_overdue_action_and_not_of_another_units() {
        long evas = action(OVERFORMYNDAR, LocalDate.of(2026, 3, 1), ActionStatus.PAGAR);
        action(IT, LocalDate.of(2026, 3, 1), ActionStatus.PAGAR);
        action(OVERFORMYNDAR, LocalDate.of(2026, 3, 31), ActionStatus.PAGAR); // not yet due
        action(OVERFORMYNDAR, LocalDate.of(2026, 2, 1), ActionStatus.GENOMFORD); // done

        List<Notification> eva = as(EVA);
        assertThat(eva).hasSize(1);
        assertThat(eva.get(0).kind()).isEqualTo(NotificationKind.ACTION_OVERDUE);
        assertThat(eva.get(0).key()).startsWith("A:" + evas + ":");
        assertThat(eva.get(0).detail()).isEqualTo("Minska inköpen");
        assertThat(as(IVAR)).extracting(Notification::unit).containsExactly(IT);
        assertThat(as(POLLY)).isEmpty();
    }

    @Test
    void a_substitute_is_told_of_the_chiefs_unit_only_while_acting() {
        sentBack(IT, "johan", NOW.minusSeconds(60));
        assertThat(as(EVA)).isEmpty();

        substitutions.add(new Substitution(1, "ivar", "eva", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5)));
        assertThat(as(EVA)).extracting(Notification::unit).containsExactly(IT);

        substitutions.set(0, new Substitution(1, "ivar", "eva", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4)));
        assertThat(as(EVA)).isEmpty();
    }

    @Test
    void the_list_is_newest_first_and_marking_read_changes_only_the_callers_own() {
        long older = answeredQuestion(POLLY, OVERFORMYNDAR, NOW.minusSeconds(600));
        long newer = answeredQuestion(POLLY, IT, NOW.minusSeconds(60));
        long pers = answeredQuestion(PER, IT, NOW.minusSeconds(30));

        assertThat(as(POLLY)).extracting(Notification::key).containsExactly("Q:" + newer, "Q:" + older);
        assertThat(service.unreadCount()).isEqualTo(2);

        service.markRead("Q:" + older);
        assertThat(service.mine()).extracting(Notification::read).containsExactly(false, true);
        assertThat(service.unreadCount()).isEqualTo(1);

        // Another politician's notification, or a made-up key, is refused and nothing is stored for it.
        assertThatThrownBy(() -> service.markRead("Q:" + pers)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.markRead("S:1150:2026-02:1")).isInstanceOf(PermissionDeniedException.class);
        assertThat(reads.rows).doesNotContain("polly|Q:" + pers, "polly|S:1150:2026-02:1");
        assertThat(as(PER)).extracting(Notification::read).containsExactly(false);

        stored.set(POLLY);
        service.markAllRead();
        assertThat(service.unreadCount()).isZero();
        assertThat(as(PER)).extracting(Notification::read).containsExactly(false);
    }

    /** Read state per "user|key". */
    static final class Reads implements NotificationReads {
        final Set<String> rows = new HashSet<>();

        @Override
        public Set<String> readAmong(String username, Collection<String> keys) {
            Set<String> read = new HashSet<>();
            keys.stream().filter(k -> rows.contains(username + "|" + k)).forEach(read::add);
            return read;
        }

        @Override
        public void markRead(String username, Collection<String> keys, Instant at) {
            keys.forEach(k -> rows.add(username + "|" + k));
        }
    }

    final class Substitutions implements SubstitutionRepository {
        @Override
        public Substitution add(String chief, String substitute, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Substitution> find(long id) {
            return Optional.empty();
        }

        @Override
        public void remove(long id) {}

        @Override
        public List<Substitution> ofChief(String chief, LocalDate day) {
            return List.of();
        }

        @Override
        public List<Substitution> ofSubstitute(String substitute, LocalDate day) {
            return substitutions.stream()
                    .filter(s -> s.substitute().equals(substitute) && !s.to().isBefore(day))
                    .toList();
        }
    }
}
