package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.apikeys.CreatedKey;
import se.ekonomiuppfoljning.app.PortalTest;

@PortalTest
class ApiKeyApiTest {

    private static final String FEBRUARY_1150 = "/api/v1/followup?unit=1150&period=2026-02";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private CreatedKey keyFor(String owner) {
        return asAdmin(
                () -> keys.create(owner, "Test " + owner, LocalDate.now(clock).plusMonths(6)));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return new ApiClient(port).send(null, "GET", path, "", "Authorization", authorization);
    }

    @Test
    void a_key_gives_its_owner_scope_and_nothing_more() throws Exception {
        CreatedKey key = keyFor("overformyndare");

        HttpResponse<String> own = get(FEBRUARY_1150, "Bearer " + key.secret());
        HttpResponse<String> kls = get("/api/v1/followup?unit=KLS&period=2026-02", "Bearer " + key.secret());

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("409283.00");
        assertThat(kls.statusCode()).isEqualTo(403);
        assertThat(kls.body()).doesNotContain("3483");
        assertThat(asAdmin(() -> keys.list()))
                .filteredOn(k -> k.id() == key.key().id())
                .singleElement()
                .satisfies(k -> assertThat(k.lastUsedAt()).isNotNull());
    }

    @Test
    void a_revoked_an_expired_or_an_unknown_key_gets_401_and_is_not_tried_as_a_password() throws Exception {
        CreatedKey revoked = keyFor("overformyndare");
        CreatedKey expired = keyFor("overformyndare");
        asAdmin(() -> keys.revoke(revoked.key().id()));
        jdbc.update(
                "UPDATE api_key SET expires_on = ? WHERE id = ?",
                LocalDate.now(clock).minusDays(1),
                expired.key().id());

        for (String authorization : List.of(
                "Bearer " + revoked.secret(),
                "Bearer " + expired.secret(),
                "Bearer eku_" + "A".repeat(43),
                "bearer demo2026")) {
            HttpResponse<String> answer = get(FEBRUARY_1150, authorization);
            assertThat(answer.statusCode()).as(authorization).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate"))
                    .get()
                    .asString()
                    .contains("invalid_token");
            assertThat(answer.body()).contains("API-nyckeln gäller inte").doesNotContain("409283");
        }
    }

    @Test
    void http_basic_still_works_for_people_beside_keys() throws Exception {
        assertThat(new ApiClient(port).get("overformyndare", FEBRUARY_1150).statusCode())
                .isEqualTo(200);
    }

    private static <T> T asAdmin(Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
