package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.testdata.InMemoryLoginAttempts;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OFFICE = "10.1.2.3";

    private Instant now = Instant.parse("2026-03-02T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final List<String> trail = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();
    private final LoginAudit audit = new LoginAudit() {
        @Override
        public void refused(
                String account, String address, LoginFailures.Kind kind, Duration retryAfter, boolean toTrail) {
            logged.add(account + "@" + address);
            if (toTrail) {
                trail.add("refused " + account + "@" + address + " " + kind);
            }
        }

        @Override
        public void lifted(String administrator, LoginFailures block) {
            trail.add("lifted by " + administrator + " " + block.kind());
        }
    };
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(SeedKommun.admin("admin"));
    private final InMemoryLoginAttempts store = new InMemoryLoginAttempts();
    private final LoginThrottle throttle = new LoginThrottle(store, audit, caller::get, clock);

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    @Test
    void three_wrong_passwords_pass_freely_then_each_further_one_doubles_the_wait_up_to_fifteen_minutes() {
        fail("kommundirektor", ATTACKER, 3);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).isEmpty();
        fail("kommundirektor", ATTACKER, 1);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).contains(Duration.ofSeconds(2));
        fail("kommundirektor", ATTACKER, 1);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).contains(Duration.ofSeconds(4));
        fail("kommundirektor", ATTACKER, 40);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).contains(Duration.ofMinutes(15));
    }

    @Test
    void an_attacker_cannot_lock_out_the_kommundirektor_for_good_nor_from_her_own_address() {
        fail("kommundirektor", ATTACKER, 200);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).isPresent();
        assertThat(throttle.refusal("kommundirektor", OFFICE)).isEmpty();
        // the refused attempts are not counted: the block ends at its cap after the last real failure
        now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).isEmpty();
    }

    @Test
    void typing_the_name_in_capitals_or_with_spaces_counts_against_the_same_account() {
        fail("KOMMUNDIREKTOR", ATTACKER, 2);
        fail(" kommundirektor\u00a0", ATTACKER, 2);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).contains(Duration.ofSeconds(2));
    }

    @Test
    void guesses_spread_over_many_addresses_block_the_account_for_each_address_that_failed_on_it() {
        for (int i = 0; i < 11; i++) {
            fail("ekonomichef", "198.51.100." + i, 1);
        }
        assertThat(throttle.refusal("ekonomichef", "198.51.100.3")).contains(Duration.ofSeconds(2));
        assertThat(throttle.refusal("ekonomichef", OFFICE)).isEmpty();
    }

    @Test
    void one_address_spraying_many_accounts_is_blocked_for_every_account() {
        for (int i = 0; i < 21; i++) {
            fail("user" + i, ATTACKER, 1);
        }
        assertThat(throttle.refusal("somebody-else", ATTACKER)).contains(Duration.ofSeconds(2));
        assertThat(throttle.refusal("somebody-else", OFFICE)).isEmpty();
    }

    @Test
    void a_successful_login_clears_its_pair_and_old_failures_are_forgotten() {
        fail("politiker", OFFICE, 3);
        throttle.succeeded("politiker", OFFICE);
        fail("politiker", OFFICE, 3);
        assertThat(throttle.refusal("politiker", OFFICE)).isEmpty();
        now = now.plus(Duration.ofHours(2));
        fail("politiker", OFFICE, 1);
        assertThat(throttle.refusal("politiker", OFFICE)).isEmpty();
    }

    @Test
    void a_flood_of_refused_attempts_writes_one_audit_entry_a_minute_and_logs_each() {
        fail("kommundirektor", ATTACKER, 10);
        for (int i = 0; i < 500; i++) {
            throttle.refusal("kommundirektor", ATTACKER);
        }
        assertThat(logged).hasSize(500);
        assertThat(trail).containsExactly("refused kommundirektor@" + ATTACKER + " PAIR");
        now = now.plusSeconds(61);
        throttle.refusal("kommundirektor", ATTACKER);
        assertThat(trail).hasSize(2);
    }

    @Test
    void an_administrator_sees_the_blocks_and_lifts_one_and_the_lifting_is_audited() {
        fail("kommundirektor", ATTACKER, 5);
        List<LoginThrottle.Block> blocks = throttle.currentBlocks();
        assertThat(blocks).extracting(b -> b.failures().kind()).containsExactly(LoginFailures.Kind.PAIR);
        assertThat(blocks.get(0).until()).isEqualTo(now.plusSeconds(4));

        throttle.lift(blocks.get(0).failures());
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).isEmpty();
        assertThat(throttle.currentBlocks()).isEmpty();
        assertThat(trail).containsExactly("lifted by admin PAIR");
    }

    @Test
    void someone_who_is_not_an_administrator_neither_sees_nor_lifts_blocks() {
        fail("kommundirektor", ATTACKER, 5);
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThatThrownBy(throttle::currentBlocks).isInstanceOf(PermissionDeniedException.class);
        LoginFailures block = new LoginFailures(LoginFailures.Kind.PAIR, "kommundirektor", ATTACKER, 5, now);
        assertThatThrownBy(() -> throttle.lift(block)).isInstanceOf(PermissionDeniedException.class);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).isEqualTo(Optional.of(Duration.ofSeconds(4)));
    }

    @Test
    void behindOneAddressTranslationTheAddressMayBeGivenMoreFreeFailures() {
        LoginThrottle townHall = new LoginThrottle(
                store,
                audit,
                caller::get,
                clock,
                new LoginThrottle.Rules(
                        LoginThrottle.PAIR,
                        LoginThrottle.ACCOUNT,
                        new LoginThrottle.Rule(200, Duration.ofSeconds(2), Duration.ofMinutes(15))));
        for (int i = 0; i < 50; i++) {
            townHall.failed("user" + i, OFFICE);
        }
        assertThat(townHall.refusal("kommundirektor", OFFICE)).isEmpty();
        assertThat(throttle.refusal("kommundirektor", OFFICE)).isPresent();
    }

    @Test
    void attempts_begun_at_once_before_any_password_is_checked_get_no_more_checks_than_the_free_failures_allow() {
        List<LoginThrottle.Attempt> begun = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            begun.add(throttle.begin("kommundirektor", ATTACKER));
        }
        assertThat(begun).filteredOn(a -> a.refusal().isEmpty()).hasSize(4);
        assertThat(begun).filteredOn(a -> a.refusal().isPresent()).hasSize(196);
        begun.forEach(a -> throttle.end(a, LoginThrottle.Outcome.WRONG_PASSWORD));
        assertThat(store.find("kommundirektor", ATTACKER))
                .extracting(LoginFailures::failures)
                .containsOnly(4);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).contains(Duration.ofSeconds(2));
    }

    @Test
    void a_correct_password_takes_its_attempt_back_so_logging_in_often_from_the_town_hall_blocks_nobody() {
        for (int i = 0; i < 50; i++) {
            LoginThrottle.Attempt attempt = throttle.begin("user" + i, OFFICE);
            assertThat(attempt.refusal()).isEmpty();
            throttle.end(attempt, LoginThrottle.Outcome.SUCCEEDED);
        }
        assertThat(store.since(now.minus(Duration.ofDays(1)))).isEmpty();
        assertThat(throttle.begin("kommundirektor", OFFICE).refusal()).isEmpty();
    }

    @Test
    void a_correct_password_after_an_expired_block_does_not_start_the_block_again() {
        fail("kommundirektor", ATTACKER, 25);
        Instant lastFailure = now;
        now = now.plus(Duration.ofMinutes(16));
        LoginThrottle.Attempt attempt = throttle.begin("politiker", ATTACKER);
        assertThat(attempt.refusal()).isEmpty();
        throttle.end(attempt, LoginThrottle.Outcome.SUCCEEDED);
        assertThat(store.find("", ATTACKER)).singleElement().satisfies(address -> {
            assertThat(address.failures()).isEqualTo(25);
            assertThat(address.lastFailureAt()).isEqualTo(lastFailure);
        });
        assertThat(throttle.refusal("ekonomichef", ATTACKER)).isEmpty();
    }

    @Test
    void an_attempt_whose_password_was_not_checked_is_taken_back_entirely() {
        fail("politiker", OFFICE, 2);
        LoginThrottle.Attempt attempt = throttle.begin("politiker", OFFICE);
        throttle.end(attempt, LoginThrottle.Outcome.NOT_CHECKED);
        assertThat(store.find("politiker", OFFICE))
                .extracting(LoginFailures::failures)
                .containsOnly(2);
    }

    @Test
    void a_burst_after_the_old_failures_were_forgotten_gets_only_the_free_checks_not_one_per_forgotten_failure() {
        fail("kommundirektor", ATTACKER, 10);
        now = now.plus(Duration.ofHours(2));
        List<LoginThrottle.Attempt> begun = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            begun.add(throttle.begin("kommundirektor", ATTACKER));
        }
        assertThat(begun).filteredOn(a -> a.refusal().isEmpty()).hasSize(4);
    }
}
