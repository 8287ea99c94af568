package se.ekonomiuppfoljning.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * Health and metrics on the running portal: Actuator answers on the management port only (a random one here, as the
 * users' port), health and the Prometheus scrape and nothing else; the portal's own metrics count what users do.
 */
@PortalTest
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PathMappedEndpoints endpoints;

    @Value("${management.server.address}")
    String managementAddress;

    private double count(String name, String... tags) {
        Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void the_management_server_has_its_own_port_on_loopback() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
        assertThat(managementAddress).isEqualTo("127.0.0.1");
    }

    @Test
    void liveness_and_readiness_answer_up_with_the_database_the_migrations_and_the_start_up_work() throws Exception {
        HttpResponse<String> liveness = OperationsHttp.get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).startsWith("{\"status\":\"UP\"");

        HttpResponse<String> readiness = OperationsHttp.get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body())
                .startsWith("{\"status\":\"UP\"")
                .contains(
                        "\"db\":{\"status\":\"UP\"}",
                        "\"migrations\":{\"status\":\"UP\"}",
                        "\"startup\":{\"status\":\"UP\"}",
                        "\"readinessState\":{\"status\":\"UP\"}");
    }

    @Test
    void only_health_and_prometheus_are_exposed_and_nothing_else_answers_on_the_management_port() throws Exception {
        assertThat(endpoints.getAllRootPaths()).containsExactlyInAnyOrder("health", "prometheus");
        for (String path : List.of(
                "/actuator/env",
                "/actuator/beans",
                "/actuator/heapdump",
                "/actuator/configprops",
                "/actuator/loggers",
                "/actuator",
                "/login",
                "/")) {
            HttpResponse<String> answer = OperationsHttp.get(managementPort, path);
            assertThat(answer.statusCode()).as(path).isIn(403, 404);
            assertThat(answer.body()).as(path).doesNotContain("propertySources", "\"beans\"", "_links");
        }
        assertThat(OperationsHttp.post(managementPort, "/actuator/prometheus").statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_users_port_does_not_serve_actuator_to_anybody() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus")) {
            HttpResponse<String> anonymous = OperationsHttp.get(port, path);
            assertThat(anonymous.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(anonymous.body()).as(path).doesNotContain("\"status\"", "# HELP");
        }
        HttpClient economist = OperationsHttp.browser();
        assertThat(OperationsHttp.login(economist, port, "controller", "demo2026")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error", "blocked"));
        for (String path : List.of("/actuator/health", "/actuator/prometheus")) {
            // Vaadin answers any other path with its page shell (which then says the page is not found)
            HttpResponse<String> loggedIn = OperationsHttp.get(economist, port, path);
            assertThat(loggedIn.body()).as(path).doesNotContain("\"status\":\"UP\"", "# HELP", "portal_logins_total");
        }
    }

    @Test
    void logins_are_counted_ok_refused_and_throttled() throws Exception {
        double ok = count(LoginMetrics.LOGINS, "outcome", "ok", "channel", "form");
        double refused = count(LoginMetrics.LOGINS, "outcome", "refused", "channel", "form");

        assertThat(OperationsHttp.login(OperationsHttp.browser(), port, "kommundirektor", "demo2026")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error", "blocked"));
        assertThat(count(LoginMetrics.LOGINS, "outcome", "ok", "channel", "form"))
                .isEqualTo(ok + 1);

        assertThat(OperationsHttp.login(OperationsHttp.browser(), port, "drift-okand", "fel")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("error"));
        assertThat(count(LoginMetrics.LOGINS, "outcome", "refused", "channel", "form"))
                .isEqualTo(refused + 1);

        // the account+address rule lets 3 failures pass, then blocks for a time that doubles with each failure
        double throttled = count(LoginMetrics.LOGINS, "outcome", "throttled", "channel", "form");
        String location = "";
        for (int attempt = 0; attempt < 12 && !location.contains("blocked"); attempt++) {
            location = OperationsHttp.login(OperationsHttp.browser(), port, "drift-okand", "fel")
                    .headers()
                    .firstValue("Location")
                    .orElse("");
        }
        assertThat(location).contains("blocked");
        assertThat(count(LoginMetrics.LOGINS, "outcome", "throttled", "channel", "form"))
                .isEqualTo(throttled + 1);

        String scrape =
                OperationsHttp.get(managementPort, "/actuator/prometheus").body();
        assertThat(scrape)
                .contains(
                        "portal_logins_total{application=\"ekonomiuppfoljning\",channel=\"form\",outcome=\"ok\"}",
                        "portal_logins_total{application=\"ekonomiuppfoljning\",channel=\"form\",outcome=\"refused\"}",
                        "portal_logins_total{application=\"ekonomiuppfoljning\",channel=\"form\",outcome=\"throttled\"}",
                        "portal_sessions_open",
                        "http_server_requests_seconds_count");
    }

    @Test
    void imports_are_counted_with_their_rows_and_seconds_by_outcome() throws Exception {
        double organisationOk = count(ImportMetrics.IMPORTS, "kind", "organisation", "outcome", "ok");
        double ledgerOk = count(ImportMetrics.IMPORTS, "kind", "ledger", "outcome", "ok");
        double ledgerRefused = count(ImportMetrics.IMPORTS, "kind", "ledger", "outcome", "refused");
        double rows = count(ImportMetrics.ROWS, "kind", "ledger");

        HttpResponse<String> organisation = OperationsHttp.apiPost(
                port,
                "controller",
                "/api/v1/organisation",
                "text/csv",
                "kod;namn;överordnad;nämnd\n4900;Driftprov;SBF;\n");
        assertThat(organisation.statusCode()).as(organisation.body()).isEqualTo(200);
        HttpResponse<String> actuals = OperationsHttp.apiPost(
                port,
                "controller",
                "/api/v1/import/actuals?filnamn=drift.csv",
                "text/csv",
                "ansvar;konto;period;belopp\n4900;5011;2026-01;100\n4900;5011;2026-02;200\n");
        assertThat(actuals.statusCode()).as(actuals.body()).isEqualTo(200);
        HttpResponse<String> refused = OperationsHttp.apiPost(
                port,
                "controller",
                "/api/v1/import/actuals?filnamn=fel.csv",
                "text/csv",
                "ansvar;konto;period;belopp\n4900;50x1;2026-13;1\n");
        assertThat(refused.statusCode()).isEqualTo(422);

        assertThat(count(ImportMetrics.IMPORTS, "kind", "organisation", "outcome", "ok"))
                .isEqualTo(organisationOk + 1);
        assertThat(count(ImportMetrics.IMPORTS, "kind", "ledger", "outcome", "ok"))
                .isEqualTo(ledgerOk + 1);
        assertThat(count(ImportMetrics.IMPORTS, "kind", "ledger", "outcome", "refused"))
                .isEqualTo(ledgerRefused + 1);
        assertThat(count(ImportMetrics.ROWS, "kind", "ledger")).isEqualTo(rows + 2);
        Timer timer = meters.find(ImportMetrics.DURATION)
                .tags("kind", "ledger", "step", "import", "outcome", "ok")
                .timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isPositive();

        String scrape =
                OperationsHttp.get(managementPort, "/actuator/prometheus").body();
        assertThat(scrape)
                .contains(
                        "portal_imports_total{application=\"ekonomiuppfoljning\",kind=\"ledger\",outcome=\"ok\"}",
                        "portal_imports_total{application=\"ekonomiuppfoljning\",kind=\"ledger\",outcome=\"refused\"}",
                        "portal_import_rows_total{application=\"ekonomiuppfoljning\",kind=\"ledger\"}",
                        "portal_import_duration_seconds_count{application=\"ekonomiuppfoljning\",kind=\"ledger\",outcome=\"ok\",step=\"import\"}",
                        "http_server_requests_seconds_count{application=\"ekonomiuppfoljning\",error=\"none\",exception=\"none\",method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/import/actuals\"}");
    }
}
