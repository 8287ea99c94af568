package se.ekonomiuppfoljning.app.load;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chief on the deadline day: logs in (the portal opens on Kommunöversikt), opens the month of their unit, writes
 * and saves the analysis, adds an åtgärd, goes back to the overview; then again, pausing 2–5 s as a person does.
 */
final class ChiefScript {

    private final VaadinClient client;
    private final StepStats stats;
    private final String username;
    private final String unit;
    private final String period;
    private final HttpLoadBenchmark.ChiefRecord record;

    ChiefScript(
            VaadinClient client,
            StepStats stats,
            String username,
            String unit,
            String period,
            Map<String, HttpLoadBenchmark.ChiefRecord> saved) {
        this.client = client;
        this.stats = stats;
        this.username = username;
        this.unit = unit;
        this.period = period;
        this.record = saved.computeIfAbsent(unit, HttpLoadBenchmark.ChiefRecord::new);
    }

    void run(long endNanos, AtomicInteger loggedIn, AtomicInteger maxLoggedIn) throws InterruptedException {
        if (!Step.run(stats, "login page", () -> client.loginPage())) {
            return;
        }
        Thread.sleep(HttpLoadBenchmark.pauseMillis());
        if (!Step.run(stats, "log in (overview)", () -> {
            // a chief's landing page is not checked for an id: the 60-user run found no overview-period there
            client.logIn(username, HttpLoadBenchmark.PASSWORD);
        })) {
            return;
        }
        maxLoggedIn.accumulateAndGet(loggedIn.incrementAndGet(), Math::max);
        try {
            int round = 0;
            while (System.nanoTime() < endNanos) {
                round++;
                int r = round;
                Thread.sleep(HttpLoadBenchmark.pauseMillis());
                if (!Step.run(stats, "chief: open month", () -> {
                    String text = client.navigate("rapport/" + unit + "/" + period);
                    Step.expect(text, "report-analysis");
                })) {
                    return;
                }
                Thread.sleep(HttpLoadBenchmark.pauseMillis());
                String analysis = "Analys " + username + " omgång " + r + ": personalkostnaderna ligger över"
                        + " budget på grund av vikarier under sjukfrånvaro i februari.";
                if (!Step.run(stats, "chief: save analysis", () -> {
                    client.setValue("report-analysis", analysis, "input");
                    String text = client.click("report-save");
                    Step.expect(text, "Sparat.");
                    record.lastAnalysis = analysis;
                })) {
                    return;
                }
                Thread.sleep(HttpLoadBenchmark.pauseMillis());
                if (!Step.run(stats, "chief: add åtgärd", () -> {
                    client.setValue("action-what", "Lasttest " + username + " åtgärd " + r, "change");
                    client.setValue("action-cause", "Vikarier under sjukfrånvaro", "change");
                    client.setValue("action-responsible", "Lasttestchef", "change");
                    client.setValue("action-due", "2026-12-31", "change");
                    client.setValue("action-effect", "40", "change");
                    String text = client.click("action-add");
                    Step.expect(text, "Åtgärden är tillagd.");
                    record.actions++;
                })) {
                    return;
                }
                Thread.sleep(HttpLoadBenchmark.pauseMillis());
                if (!Step.run(stats, "chief: start page", () -> {
                    // a chief of one unit starts on Uppföljning, the unit's own line, not on Kommunöversikt
                    String text = client.navigate("");
                    Step.expect(text, "followup-grid");
                })) {
                    return;
                }
            }
        } finally {
            loggedIn.decrementAndGet();
        }
    }
}
