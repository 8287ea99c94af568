package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Inför mötet in a real browser: the politician asks HR-avdelning a question on the briefing, the HR chief answers it
 * on the month page at another desk, and the politician's next opening of the briefing shows the answer marked
 * "Nytt svar"; the page has both charts as SVG and no WCAG 2.1 A/AA violation.
 */
class BriefingBrowserTest extends BrowserTest {

    @Test
    void a_politician_asks_on_the_briefing_and_reads_the_chiefs_answer_there() throws Exception {
        String text = "Hur påverkar vakansen hösten? (webbläsare " + System.nanoTime() + ")";
        WebDriver politician = driver;
        driver.get(url("/login"));
        logIn("politiker", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url("/infor-motet"));
        waitForText("Enheter med negativ avvikelse");
        assertThat(driver.findElements(By.cssSelector(".portal-briefing-charts svg[role='img']")))
                .hasSize(2);

        WebElement field =
                driver.findElement(By.cssSelector("vaadin-text-area[id^='briefing-ask-text-'][id$='-1180'] textarea"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.sendKeys(text);
        click(By.cssSelector("vaadin-button[id^='briefing-ask-'][id$='-1180']"));
        waitForText("Frågan är ställd.");
        waitForText(text);

        use(openBrowser());
        driver.get(url("/login"));
        logIn("hrchef", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url("/rapport/1180/2026-02"));
        waitForText(text);
        String questionId = driver.findElements(By.cssSelector("p[id^='question-']")).stream()
                .filter(p -> p.getText().contains(text))
                .findFirst()
                .orElseThrow()
                .getAttribute("id")
                .substring("question-".length());
        driver.findElement(By.cssSelector("#answer-text-" + questionId + " textarea"))
                .sendKeys("Vi tar in en vikarie från september.");
        click(By.id("answer-send-" + questionId));
        wait.until(d -> !d.findElements(By.id("answer-" + questionId)).isEmpty());

        use(politician);
        driver.navigate().refresh();
        waitForText("Svar från Lena Holm: Vi tar in en vikarie från september.");
        assertThat(driver.findElement(By.id("briefing-new-answer-" + questionId))
                        .getText())
                .isEqualTo("Nytt svar");
        screenshot("infor-motet-svar");
        assertNoAccessibilityViolation();
    }
}
