package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowUpBrowserTest extends BrowserTest {

    @Test
    void the_kommundirektor_logs_in_and_reads_kls_february_with_no_serious_accessibility_violation() throws Exception {
        driver.get(url("/uppfoljning?enhet=KLS&period=2026-02"));
        logIn("kommundirektor", "fel-lösenord");
        wait.until(d -> pageText().contains("Fel användarnamn eller lösenord"));

        driver.get(url("/login"));
        logIn("kommundirektor", "demo2026");
        wait.until(d ->
                d.getCurrentUrl().contains("uppfoljning") || d.getCurrentUrl().endsWith("/"));
        driver.get(url("/uppfoljning?enhet=KLS&period=2026-02"));
        wait.until(d -> pageText().contains("Totalt KLS"));
        screenshot("kls-februari-2026");

        String text = pageText();
        assertThat(text).contains("3 483", "95,9", "52 999", "6 960", "96,3", "Överförmyndarvht", "−272");

        assertNoSeriousAccessibilityViolation();
    }
}
