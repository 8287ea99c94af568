package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The chief's month in a real browser, end to end: log in, find the month in Mina uppgifter, write the
 * verksamhetsuppföljning, the analysis and the forecast, add an åtgärd, mark the month ready; then the
 * kommundirektör approves it. IT's February is used by no other test.
 */
class ChiefFlowBrowserTest extends BrowserTest {

    @Test
    void the_it_chief_reports_february_and_the_kommundirektor_approves_it() throws Exception {
        driver.get(url("/login"));
        logIn("itchef", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));

        clickFirst(By.tagName("vaadin-side-nav-item"), item -> item.getText().contains("Mina uppgifter"));
        clickFirst(
                By.cssSelector("#tasks-1120 vaadin-grid-cell-content"),
                cell -> cell.getText().equals("IT"));
        wait.until(d -> pageText().contains("Månadsrapport: IT")
                && !d.findElements(By.id("report-status")).isEmpty());
        assertThat(pageText()).contains("Status: Ej påbörjad"); // as Mina uppgifter says: nobody has saved it

        choose("report-status", "Enligt plan");
        type("report-followup-text", "textarea", "Nya e-tjänster driftsatta enligt plan; inga incidenter.");
        type(
                "report-analysis",
                "textarea",
                "Licenskostnaderna för året faktureras i mars; därför ett överskott i februari.");
        WebElement forecast = driver.findElement(By.cssSelector("#report-forecast input"));
        forecast.sendKeys(Keys.chord(Keys.CONTROL, "a"), "8900", Keys.TAB);
        // Annual budget 8 841 tkr − forecast 8 900 tkr, shown as it is typed.
        wait.until(d -> d.findElement(By.id("report-forecast-deviation"))
                .getText()
                .replace('\u00A0', ' ')
                .equals("Prognosavvikelse (årsbudget − prognos): −59 tkr"));

        type("action-what", "textarea", "Säga upp två licenser som inte används");
        type("action-cause", "textarea", "Licenser för fler användare än avdelningen har");
        type("action-responsible", "input", "Per Ek");
        type("action-due", "input", "2026-12-31");
        driver.findElement(By.cssSelector("#action-due input")).sendKeys(Keys.ENTER);
        type("action-effect", "input", "40");
        click(By.id("action-add"));
        waitForText("Åtgärden är tillagd.");
        assertThat(pageText()).contains("Säga upp två licenser som inte används", "2026-12-31");

        click(By.id("report-ready"));
        waitForText("Månaden är markerad klar för granskning.");
        assertThat(textContent("report-state")).isEqualTo("Status: Klar för granskning");
        screenshot("it-februari-klar");

        driver.manage().deleteAllCookies(); // a new session: the kommundirektör at another desk
        driver.get(url("/login"));
        logIn("kommundirektor", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url("/rapport/1120/2026-02"));
        waitForText("Status: Klar för granskning");
        assertThat(driver.findElement(By.cssSelector("#report-analysis textarea"))
                        .getAttribute("value"))
                .isEqualTo("Licenskostnaderna för året faktureras i mars; därför ett överskott i februari.");
        click(By.id("report-approve"));
        wait.until(d -> textContent("report-state").equals("Status: Godkänd"));
    }

    /** An element's text whether or not it is scrolled into view. */
    private String textContent(String id) {
        return driver.findElement(By.id(id)).getAttribute("textContent").replace('\u00A0', ' ');
    }

    private void type(String id, String inner, String text) {
        driver.findElement(By.cssSelector("#" + id + " " + inner)).sendKeys(text);
    }

    /** Opens a vaadin-select and picks the item with the given text. */
    private void choose(String id, String item) {
        driver.findElement(By.id(id)).click();
        clickFirst(By.tagName("vaadin-select-item"), e -> e.getText().equals(item) && e.isDisplayed());
        wait.until(d -> d.findElement(By.id(id)).getText().contains(item)
                || String.valueOf(d.findElement(By.id(id)).getAttribute("value"))
                                .length()
                        > 0);
    }
}
