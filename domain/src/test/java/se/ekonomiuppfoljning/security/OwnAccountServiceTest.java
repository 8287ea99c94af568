package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class OwnAccountServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final UserAccount eva = SeedKommun.chief("eva", OVERFORMYNDAR);
    private final UserAccount admin = SeedKommun.admin("admin");
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(eva);
    private final InMemoryLanguages languages = new InMemoryLanguages();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final OwnAccountService service =
            new OwnAccountService(caller::get, languages, audit, Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")));

    @Test
    void a_user_reads_their_own_account_and_starts_in_swedish() {
        assertThat(service.myAccount()).isEqualTo(eva);
        assertThat(service.myLanguage()).isEqualTo(Language.SV);
        assertThat(service.myLanguage().locale()).isEqualTo(Locale.forLanguageTag("sv-SE"));
    }

    @Test
    void a_changed_language_is_the_callers_own_and_nobody_elses() {
        languages.setLanguage("admin", Language.SV);

        service.changeMyLanguage(Language.EN);

        assertThat(languages.stored).containsEntry("eva", Language.EN).containsEntry("admin", Language.SV);
        assertThat(service.myLanguage()).isEqualTo(Language.EN);
        caller.set(admin);
        assertThat(service.myLanguage()).isEqualTo(Language.SV);
        assertThat(service.myAccount()).isEqualTo(admin);
    }

    @Test
    void a_changed_language_is_audited_from_before_to_after_and_the_same_one_again_is_not() {
        service.changeMyLanguage(Language.EN);
        service.changeMyLanguage(Language.EN);
        service.changeMyLanguage(Language.SV);

        assertThat(audit.entries)
                .containsExactly(
                        new AuditEntry("eva", NOW, SecurityAudit.USER, "eva", "language=sv", "language=en"),
                        new AuditEntry("eva", NOW, SecurityAudit.USER, "eva", "language=en", "language=sv"));
    }

    @Test
    void no_language_or_an_unknown_code_is_refused_with_a_problem_and_nothing_changes() {
        service.changeMyLanguage(Language.EN);

        assertThatThrownBy(() -> service.changeMyLanguage(null))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).problem())
                .isEqualTo(Problem.of(SecurityProblem.UNKNOWN_LANGUAGE, ""));
        assertThatThrownBy(() -> Language.parse("de"))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).problem())
                .isEqualTo(Problem.of(SecurityProblem.UNKNOWN_LANGUAGE, "de"));
        assertThat(Language.parse(" EN ")).isEqualTo(Language.EN);
        assertThat(service.myLanguage()).isEqualTo(Language.EN);
        assertThat(audit.entries).hasSize(1);
    }

    @Test
    void nobody_logged_in_reads_or_changes_no_language() {
        OwnAccountService anonymous = new OwnAccountService(
                () -> {
                    throw new NotAuthenticatedException();
                },
                languages,
                audit,
                Clock.systemUTC());

        assertThatThrownBy(anonymous::myLanguage).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> anonymous.changeMyLanguage(Language.EN)).isInstanceOf(NotAuthenticatedException.class);
        assertThat(languages.stored).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    private static final class InMemoryLanguages implements UserLanguages {

        final Map<String, Language> stored = new HashMap<>();

        @Override
        public Language languageOf(String username) {
            return stored.getOrDefault(username, Language.DEFAULT);
        }

        @Override
        public void setLanguage(String username, Language language) {
            stored.put(username, language);
        }
    }
}
