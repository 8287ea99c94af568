package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The bell end to end in a real browser: a politician asks about Överförmyndarvht's August, the unit's chief answers
 * on the month page, and the politician's bell counts the answer; its entry opens the month, where the answer
 * stands, and is read from then on. Överförmyndarvht's August is used by no other test.
 */
class NotificationBellBrowserTest extends BrowserTest {

    private static final String MONTH = "/rapport/1150/2026-08";

    @Test
    void a_politicians_answered_question_shows_in_the_bell_and_opens_the_month() throws Exception {
        String question = "Vad kostar de nya arvodena (" + System.nanoTime() + ")?";
        driver.get(url("/login"));
        logIn("politiker", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url(MONTH));
        waitForText("Månadsrapport: Överförmyndarvht");
        driver.findElement(By.cssSelector("#question-text textarea")).sendKeys(question);
        click(By.id("question-ask"));
        waitForText(question);
        String questionId = driver.findElements(By.cssSelector("[id^='question-']")).stream()
                .filter(p -> p.getText().contains(question))
                .map(p -> p.getAttribute("id").substring("question-".length()))
                .findFirst()
                .orElseThrow();

        driver.manage().deleteAllCookies(); // the chief at another desk
        driver.get(url("/login"));
        logIn("overformyndare", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url(MONTH));
        waitForText(question);
        driver.findElement(By.cssSelector("#answer-text-" + questionId + " textarea"))
                .sendKeys("Arvodena höjdes i juli; det ryms i ramen.");
        click(By.id("answer-send-" + questionId));
        wait.until(d -> !d.findElements(By.id("answer-" + questionId)).isEmpty());

        driver.manage().deleteAllCookies(); // the politician again
        driver.get(url("/login"));
        logIn("politiker", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login")
                && !d.findElements(By.id("notifications-bell")).isEmpty());
        String before = bellLabel();
        assertThat(before).matches("Aviseringar, [1-9][0-9]* olästa");
        int unread = Integer.parseInt(before.replaceAll("\\D", ""));

        click(By.id("notifications-bell"));
        String entry = "har svarat på din fråga om Överförmyndarvht, augusti 2026.";
        wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay li.portal-notification")).stream()
                .anyMatch(li -> li.getText().contains(entry)));
        WebElement item = driver.findElements(By.cssSelector("vaadin-dialog-overlay li.portal-notification")).stream()
                .filter(li -> li.getText().contains(entry))
                .findFirst()
                .orElseThrow();
        assertThat(item.getText()).startsWith("Oläst");
        screenshot("klockan-olast");
        scrollAndClick(item.findElement(By.cssSelector("vaadin-button.portal-notification-open")));

        wait.until(d -> d.getCurrentUrl().endsWith(MONTH));
        waitForText("Arvodena höjdes i juli; det ryms i ramen.");
        wait.until(d -> !bellLabel().equals(before));
        assertThat(bellLabel())
                .isEqualTo(unread == 1 ? "Aviseringar, inga olästa" : "Aviseringar, " + (unread - 1) + " olästa");
    }

    private String bellLabel() {
        return driver.findElement(By.id("notifications-bell")).getAttribute("aria-label");
    }
}
