package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people at two desks, in two real browsers: the administrator creates a chief for IT on Användare, the new
 * chief logs in and sees IT's line and nothing else, the administrator disables them, and the chief's open session
 * ends at their next click.
 */
class UserAdministrationBrowserTest extends BrowserTest {

    private static final String NEW_CHIEF = "itchef.ny";
    private static final String PASSWORD = "Ett-langt-nytt-losen-2026";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheNewChief() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", NEW_CHIEF); // roles and units cascade
        jdbc.update("DELETE FROM login_failure");
    }

    @Test
    void aChiefTheAdministratorCreatesSeesOnlyTheirUnitAndIsLoggedOutWhenDisabled() throws Exception {
        WebDriver admin = driver;
        driver.get(url("/login"));
        logIn("admin", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url("/anvandare"));
        clickFirst(By.id("users-new"), button -> true);
        type("users-username", NEW_CHIEF);
        type("users-name", "Ida Sund");
        type("users-password", PASSWORD);
        clickFirst(
                By.cssSelector("#users-roles vaadin-checkbox"),
                box -> box.getText().equals("Chef"));
        driver.findElement(By.cssSelector("#users-units input")).sendKeys("1120");
        clickFirst(
                By.tagName("vaadin-multi-select-combo-box-item"),
                item -> item.getText().contains("1120 IT") && item.isDisplayed());
        driver.findElement(By.cssSelector("#users-units input")).sendKeys(Keys.ESCAPE);
        click(By.id("users-save"));
        waitForText("Användaren " + NEW_CHIEF + " är skapad.");

        WebDriver chief = openBrowser();
        use(chief);
        driver.get(url("/login"));
        logIn(NEW_CHIEF, PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url("/uppfoljning?period=2026-02"));
        waitForText("IT");
        assertThat(pageText())
                .as("the chief's table: IT's line, no other unit of KLS")
                .doesNotContain("Ekonomi o planering", "TIA-avdelningen", "Överförmyndare");
        driver.get(url("/uppfoljning?enhet=KLS&period=2026-02"));
        waitForText("Du har inte behörighet att se enhet KLS");
        driver.get(url("/uppfoljning?period=2026-02"));
        waitForText("IT");

        use(admin);
        driver.navigate().refresh();
        clickFirst(
                By.cssSelector("#users-grid vaadin-grid-cell-content"),
                cell -> cell.getText().equals(NEW_CHIEF));
        clickFirst(By.id("users-disable"), button -> button.isDisplayed());
        waitForText("Användaren " + NEW_CHIEF + " är avstängd");

        use(chief);
        clickFirst(By.tagName("vaadin-side-nav-item"), item -> item.getText().contains("Mina uppgifter"));
        wait.until(d -> d.getCurrentUrl().contains("login")
                && !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
        driver.get(url("/uppfoljning?period=2026-02"));
        wait.until(d -> d.getCurrentUrl().contains("login"));
        logIn(NEW_CHIEF, PASSWORD);
        waitForText("Fel användarnamn eller lösenord");
    }

    private void type(String id, String text) {
        By field = By.cssSelector("#" + id + " input");
        wait.until(d -> !d.findElements(field).isEmpty());
        driver.findElement(field).sendKeys(text);
    }
}
