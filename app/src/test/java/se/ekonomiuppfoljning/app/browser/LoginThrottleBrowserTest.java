package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: the login page says in Swedish that guessing is refused for a while, and the portal's pages
 * work under the Content-Security-Policy without a single violation.
 */
class LoginThrottleBrowserTest extends BrowserTest {

    private static final String WRONG = "Fel användarnamn eller lösenord";
    private static final String BLOCKED = "För många misslyckade inloggningar";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        jdbc.update("DELETE FROM login_failure");
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'inloggning'");
    }

    /**
     * Guesses until the block shows, at most eight times: the blocks double (2, 4, 8, 16 s), so a slow machine
     * whose browser takes longer than the first block between two attempts still meets one.
     */
    @Test
    void guessingAPasswordInTheBrowserIsRefusedInSwedishWithTheWait() {
        boolean refused = false;
        for (int i = 0; i < 8 && !refused; i++) {
            driver.get(url("/login"));
            logIn("ekonomichef", "gissning" + i);
            wait.until(d -> pageText().contains(WRONG) || pageText().contains(BLOCKED));
            refused = pageText().contains(BLOCKED);
            assertThat(refused && i < 3).as("the first three failures are free").isFalse();
        }
        assertThat(refused).as("refused within eight guesses").isTrue();
        assertThat(pageText()).contains("Försök igen om");
        assertThat(driver.getCurrentUrl()).contains("/login?blocked=");
    }

    @Test
    void thePortalsPagesRunUnderTheContentSecurityPolicyWithoutAViolation() {
        driver.get(url("/login"));
        logIn("kommundirektor", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url("/uppfoljning?enhet=KLS&period=2026-02"));
        waitForText("Totalt KLS");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
                + "e.violatedDirective + ' ' + e.blockedURI));");
        List<WebElement> menu = driver.findElements(By.cssSelector("vaadin-side-nav-item"));
        assertThat(menu).isNotEmpty();
        scrollAndClick(menu.get(menu.size() - 1));
        wait.until(d -> !d.getCurrentUrl().contains("uppfoljning"));
        waitForText("Ekonomiuppföljning");
        Object violations = js.executeScript("return window.cspViolations;");
        assertThat((List<?>) violations).isEmpty();
    }
}
