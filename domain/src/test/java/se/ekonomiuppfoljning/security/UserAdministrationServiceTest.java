package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class UserAdministrationServiceTest {

    private final UserAccount admin = SeedKommun.admin("admin");
    private final UserAccount eva = SeedKommun.chief("eva", OVERFORMYNDAR);
    private final InMemoryUsers users = new InMemoryUsers(admin, eva);
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(admin);
    private final List<String> audited = new ArrayList<>();
    private final UserAdministrationService service = new UserAdministrationService(
            users,
            caller::get,
            (actor, at, kind, subject, before, after) ->
                    audited.add(actor + "|" + at + "|" + kind + "|" + subject + "|" + before + "|" + after),
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Stockholm")));

    @Test
    void the_administrator_sets_and_removes_an_address_and_the_password_stays() {
        service.changeEmail("eva", " eva.lind@kommun.example ");
        assertThat(users.findByUsername("eva").orElseThrow().email())
                .isEqualTo(new EmailAddress("eva.lind@kommun.example"));
        assertThat(users.passwordHashOf("eva")).contains("{noop}eva");

        service.changeEmail("eva", "  ");
        assertThat(users.findByUsername("eva").orElseThrow().email()).isNull();
        assertThat(users.findByUsername("eva").orElseThrow().units()).containsExactly(OVERFORMYNDAR);
    }

    @Test
    void an_address_that_is_not_valid_or_an_unknown_user_is_refused_and_nothing_changes() {
        service.changeEmail("eva", "eva.lind@kommun.example");
        assertThatThrownBy(() -> service.changeEmail("eva", "eva.lind@kommun"))
                .isInstanceOfSatisfying(
                        InvalidUserDataException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(SecurityProblem.EMAIL_INVALID, "eva.lind@kommun")));
        assertThatThrownBy(() -> service.changeEmail("okand", "x@kommun.se"))
                .isInstanceOfSatisfying(
                        InvalidUserDataException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.of(SecurityProblem.USER_NOT_FOUND, "okand")));
        assertThat(users.findByUsername("eva").orElseThrow().email())
                .isEqualTo(new EmailAddress("eva.lind@kommun.example"));
    }

    @Test
    void nobody_but_the_administrator_may_change_an_address() {
        caller.set(eva);
        assertThatThrownBy(() -> service.changeEmail("eva", "eva@kommun.se"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(users.findByUsername("eva").orElseThrow().email()).isNull();
    }

    @Test
    void an_address_change_is_audited_with_who_when_before_and_after_and_a_refused_one_is_not() {
        service.changeEmail("eva", "eva.lind@kommun.example");
        service.changeEmail("eva", "eva.lind@kommun.example");
        assertThatThrownBy(() -> service.changeEmail("eva", "eva.lind@kommun"))
                .isInstanceOf(InvalidUserDataException.class);
        caller.set(eva);
        assertThatThrownBy(() -> service.changeEmail("eva", "eva@kommun.se"))
                .isInstanceOf(PermissionDeniedException.class);
        caller.set(admin);
        service.changeEmail("eva", "");

        String evaWithout = "namn=" + eva.displayName() + "; roller=CHEF; enheter=1150; nämnder=; aktiv=ja; e-post=";
        assertThat(audited)
                .containsExactly(
                        "admin|2026-03-02T09:00:00Z|USER|eva|" + evaWithout + "|" + evaWithout
                                + "eva.lind@kommun.example",
                        "admin|2026-03-02T09:00:00Z|USER|eva|" + evaWithout + "eva.lind@kommun.example|" + evaWithout);
    }
}
