package se.ekonomiuppfoljning.app.load;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A ledamot of KS the morning before the meeting: logs in (the portal opens on Kommunöversikt), opens Inför mötet
 * from the menu, downloads the tjänsteskrivelse as PDF, goes back to the overview; again, pausing 2–5 s.
 */
final class PoliticianScript {

    private final VaadinClient client;
    private final StepStats stats;
    private final String username;

    PoliticianScript(VaadinClient client, StepStats stats, String username) {
        this.client = client;
        this.stats = stats;
        this.username = username;
    }

    void run(long endNanos, AtomicInteger loggedIn, AtomicInteger maxLoggedIn) throws InterruptedException {
        if (!Step.run(stats, "login page", () -> client.loginPage())) {
            return;
        }
        Thread.sleep(HttpLoadBenchmark.pauseMillis());
        if (!Step.run(stats, "log in (overview)", () -> {
            String text = client.logIn(username, HttpLoadBenchmark.PASSWORD);
            Step.expect(text, "overview-period");
        })) {
            return;
        }
        maxLoggedIn.accumulateAndGet(loggedIn.incrementAndGet(), Math::max);
        try {
            boolean first = true;
            while (System.nanoTime() < endNanos) {
                Thread.sleep(HttpLoadBenchmark.pauseMillis());
                if (!first
                        && !Step.run(stats, "politician: overview", () -> {
                            String text = client.navigate("");
                            Step.expect(text, "overview-period");
                        })) {
                    return;
                }
                first = false;
                Thread.sleep(HttpLoadBenchmark.pauseMillis());
                if (!Step.run(stats, "politician: briefing", () -> {
                    String text = client.navigate("infor-motet");
                    Step.expect(text, "agenda-pdf-");
                })) {
                    return;
                }
                Thread.sleep(HttpLoadBenchmark.pauseMillis());
                if (!Step.run(stats, "politician: PDF", () -> {
                    byte[] pdf = client.download(client.firstIdStartingWith("agenda-pdf-"));
                    if (pdf.length < 1000 || pdf[0] != '%' || pdf[1] != 'P') {
                        throw new IllegalStateException("not a PDF: " + pdf.length + " bytes");
                    }
                })) {
                    return;
                }
            }
        } finally {
            loggedIn.decrementAndGet();
        }
    }
}
