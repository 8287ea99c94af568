package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * A correct HTTP Basic password is remembered so that bcrypt does not run on every request, but a changed password,
 * a disabled account or changed roles count at the very next request. The user is the test's own.
 */
@PortalTest
class BasicCredentialCacheTest {

    private static final String USER = "cachetest";
    private static final String FOLLOWUP = "/api/v1/followup?unit=KLS&period=2026-02";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    private LoginHttp http;
    private final UserAccount economist =
            new UserAccount(USER, "Cache Test", Set.of(Role.EKONOM), Set.of(UnitCode.of("KLS")), Set.of(), true);

    @BeforeEach
    void setUp() {
        http = new LoginHttp(port);
        users.save(economist, encoder.encode("första-lösenordet"));
    }

    @AfterEach
    void tearDown() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", USER);
        jdbc.update("DELETE FROM login_failure");
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'inloggning'");
    }

    @Test
    void anOldPasswordRememberedByTheCacheIsRefusedAtTheNextRequestAfterThePasswordIsChanged() throws Exception {
        assertThat(http.basic(USER, "första-lösenordet", FOLLOWUP).statusCode()).isEqualTo(200);
        assertThat(http.basic(USER, "första-lösenordet", FOLLOWUP).statusCode()).isEqualTo(200);

        users.save(economist, encoder.encode("andra-lösenordet"));

        assertThat(http.basic(USER, "första-lösenordet", FOLLOWUP).statusCode()).isNotEqualTo(200);
        assertThat(http.basic(USER, "andra-lösenordet", FOLLOWUP).statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsRefusedAtTheNextRequestThoughItsPasswordWasRemembered() throws Exception {
        assertThat(http.basic(USER, "första-lösenordet", FOLLOWUP).statusCode()).isEqualTo(200);

        users.save(
                new UserAccount(USER, "Cache Test", Set.of(Role.EKONOM), Set.of(UnitCode.of("KLS")), Set.of(), false),
                users.passwordHashOf(USER).orElseThrow());

        assertThat(http.basic(USER, "första-lösenordet", FOLLOWUP).statusCode()).isNotEqualTo(200);
    }

    @Test
    void aRoleTakenAwayCountsAtTheNextRequestThoughThePasswordWasRemembered() throws Exception {
        assertThat(http.basic(USER, "första-lösenordet", FOLLOWUP).statusCode()).isEqualTo(200);

        users.save(
                new UserAccount(USER, "Cache Test", Set.of(Role.CHEF), Set.of(UnitCode.of("1150")), Set.of(), true),
                users.passwordHashOf(USER).orElseThrow());

        assertThat(http.basic(USER, "första-lösenordet", FOLLOWUP).statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsNeverTakenForTheRememberedOne() throws Exception {
        assertThat(http.basic(USER, "första-lösenordet", FOLLOWUP).statusCode()).isEqualTo(200);
        assertThat(http.basic(USER, "första-lösenordet ", FOLLOWUP).statusCode())
                .isNotEqualTo(200);
        assertThat(http.basic(USER, "FÖRSTA-lösenordet", FOLLOWUP).statusCode()).isNotEqualTo(200);
    }
}
