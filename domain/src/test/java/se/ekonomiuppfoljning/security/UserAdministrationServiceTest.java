package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class UserAdministrationServiceTest {

    private final UserAccount admin = SeedKommun.admin("admin");
    private final UserAccount eva = SeedKommun.chief("eva", OVERFORMYNDAR);
    private final InMemoryUsers users = new InMemoryUsers(admin, eva);
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(admin);
    private final UserAdministrationService service = new UserAdministrationService(users, caller::get);

    @Test
    void the_administrator_sets_and_removes_an_address_and_the_password_stays() {
        service.changeEmail("eva", " eva.lind@kommun.example ");
        assertThat(users.findByUsername("eva").orElseThrow().email()).isEqualTo(new EmailAddress("eva.lind@kommun.example"));
        assertThat(users.passwordHashOf("eva")).contains("{noop}eva");

        service.changeEmail("eva", "  ");
        assertThat(users.findByUsername("eva").orElseThrow().email()).isNull();
        assertThat(users.findByUsername("eva").orElseThrow().units()).containsExactly(OVERFORMYNDAR);
    }

    @Test
    void an_address_that_is_not_valid_or_an_unknown_user_is_refused_and_nothing_changes() {
        service.changeEmail("eva", "eva.lind@kommun.example");
        assertThatThrownBy(() -> service.changeEmail("eva", "eva.lind@kommun"))
                .isInstanceOf(InvalidUserDataException.class)
                .hasMessage("E-postadressen \"eva.lind@kommun\" är inte giltig: skriv den som namn@kommun.se, "
                        + "utan mellanslag och utan å, ä eller ö.");
        assertThatThrownBy(() -> service.changeEmail("okand", "x@kommun.se"))
                .isInstanceOf(InvalidUserDataException.class).hasMessage("Användaren \"okand\" finns inte.");
        assertThat(users.findByUsername("eva").orElseThrow().email()).isEqualTo(new EmailAddress("eva.lind@kommun.example"));
    }

    @Test
    void nobody_but_the_administrator_may_change_an_address() {
        caller.set(eva);
        assertThatThrownBy(() -> service.changeEmail("eva", "eva@kommun.se")).isInstanceOf(PermissionDeniedException.class);
        assertThat(users.findByUsername("eva").orElseThrow().email()).isNull();
    }
}
