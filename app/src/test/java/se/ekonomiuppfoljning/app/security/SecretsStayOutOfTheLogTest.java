package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * No password or API key reaches a log line: the demo password, a wrong one and a created key are used over HTTP
 * with the portal's and Spring Security's loggers at their most talkative, and the log is searched for them.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfTheLogTest {

    private static final List<String> LOGGERS = List.of("se.ekonomiuppfoljning", "org.springframework.security");
    private static final String WRONG_PASSWORD = "Fel-l\u00f6sen-4711";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    LoggingSystem logging;

    @AfterEach
    void quietAgain() {
        LOGGERS.forEach(name -> logging.setLogLevel(name, null));
    }

    private HttpResponse<String> get(String authorization) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/v1/followup?unit=1150&period=2026-02"))
                                .header("Authorization", authorization)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void neither_a_password_nor_a_key_is_written_to_the_log(CapturedOutput output) throws Exception {
        LOGGERS.forEach(name -> logging.setLogLevel(name, LogLevel.TRACE));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        String key;
        try {
            key = keys.create("overformyndare", "Loggtest", LocalDate.now().plusDays(3))
                    .secret();
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(get("Bearer " + key).statusCode()).isEqualTo(200);
        assertThat(get("Bearer " + key.substring(0, key.length() - 1) + "x").statusCode())
                .isEqualTo(401);
        assertThat(get(basic("overformyndare", "demo2026")).statusCode()).isEqualTo(200);
        assertThat(get(basic("overformyndare", WRONG_PASSWORD)).statusCode()).isEqualTo(401);

        assertThat(output.getAll())
                .as("the log of this test, at TRACE")
                .contains("/api/v1/followup")
                .doesNotContain(key)
                .doesNotContain(key.substring(4, 20))
                .doesNotContain("demo2026")
                .doesNotContain(WRONG_PASSWORD)
                .doesNotContain(basic("overformyndare", "demo2026").substring(6));
    }
}
