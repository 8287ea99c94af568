package se.ekonomiuppfoljning.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * With structured logs on ({@code logging.structured.format.console=ecs}), a line written while a request is served
 * is one JSON object with the request's id and the user's name. The test writes through the encoder that option gives
 * the console (Spring Boot's {@link StructuredLogEncoder}, format {@code ecs}), on the running portal, and turns on
 * the request line at DEBUG for its own requests.
 */
@PortalTest
class StructuredLogTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("kommundirektor:demo2026".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The ECS lines written while {@code work} ran, by the request line's logger. */
    private List<JsonNode> linesOf(Work work) throws Exception {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger logger = logback.getLogger(RequestLogContext.class);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(logback);
        encoder.setFormat("ecs");
        encoder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(logback);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Level level = logger.getLevel();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            work.run();
        } finally {
            logger.setLevel(level);
            logger.detachAppender(appender);
            appender.stop();
        }
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    interface Work {
        void run() throws Exception;
    }

    @Test
    void a_requests_log_line_is_json_with_the_user_name_and_the_request_id() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        List<JsonNode> lines = linesOf(() -> {
            answers.add(get("/api/v1/followup?unit=KLS&period=2026-02", "X-Request-Id", "drift-prov-1"));
            answers.add(get("/api/v1/followup?unit=KLS&period=2026-02", "X-Request-Id", "inte\tett id"));
        });

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200);
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.path("message").asText()).startsWith("GET /api/v1/followup -> 200 in ");
        assertThat(first.path("user").path("name").asText()).isEqualTo("kommundirektor");
        assertThat(first.path("http").path("request").path("id").asText()).isEqualTo("drift-prov-1");
        assertThat(first.path("log").path("level").asText()).isEqualTo("DEBUG");

        // an id that is not plain is not written to the log: the portal draws its own and answers with it
        JsonNode second = lines.get(1);
        String drawn = second.path("http").path("request").path("id").asText();
        assertThat(drawn).matches("[0-9a-f]{24}");
        assertThat(answers.get(1).headers().firstValue("X-Request-Id")).hasValue(drawn);
        assertThat(second.path("user").path("name").asText()).isEqualTo("kommundirektor");
        // nothing of the query (units, periods) and no figures in the line
        assertThat(lines.toString()).doesNotContain("period=", "KLS");
    }
}
