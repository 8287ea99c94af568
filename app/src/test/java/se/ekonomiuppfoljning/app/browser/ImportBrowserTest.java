package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ekonomichef's import in a real browser: a SIE file goes through the upload, the preview shows what it holds,
 * Spara saves it and Ångra undoes it. The file is a budget for 2029, a year no other test uses, so the latest
 * month with actuals stays February 2026 for the other tests.
 */
class ImportBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private String budget2029() {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(amount), 0) FROM budget_amount WHERE unit_code = '1150'"
                        + " AND period_year = 2029",
                String.class);
    }

    @Test
    void the_ekonomichef_uploads_a_sie_file_previews_saves_and_undoes_it() throws Exception {
        Path file = Files.createTempDirectory("sie").resolve("budget-2029.se");
        assertThat(budget2029()).isEqualTo("0.00");
        Files.writeString(file, """
                #FLAGGA 0
                #PROGRAM "Ekonomisystemet" 1.0
                #FORMAT PC8
                #SIETYP 3
                #FNAMN "Exempelby kommun"
                #ORGNR 212000-9994
                #RAR 0 20290101 20291231
                #KONTO 5011 "Månadslön"
                #OBJEKT 1 "1150" "Överförmyndarvht"
                #PBUDGET 0 202903 5011 {1 "1150"} 12345.50
                #PBUDGET 0 202904 5011 {1 "1150"} 20000
                """, Charset.forName("IBM437"));

        driver.get(url("/login"));
        logIn("ekonomichef", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url("/import"));
        wait.until(d -> !d.findElements(By.id("import-upload")).isEmpty());

        WebElement upload = driver.findElement(By.id("import-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        waitForText("Förhandsgranskning av budget-2029.se (inget är sparat ännu)");
        String preview = pageText();
        assertThat(preview)
                .contains(
                        "Organisation i filen: Exempelby kommun, 212000-9994",
                        "Budget för år 2029",
                        "11 poster, 1 ansvar, 1 konto",
                        "Konton i filen: 1, varav 0 nya i kontoplanen");
        assertThat(upload.getText()).contains("Välj fil", "Släpp filen här").doesNotContain("Upload");
        assertThat(lines(preview)).anySatisfy(line -> assertThat(line).contains("Överförmyndarvht"));
        screenshot("import-forhandsgranskning");

        assertNoSeriousAccessibilityViolation();

        click(By.id("import-save"));
        waitForText("Importen av budget-2029.se är sparad: 2 rader, budget 2029.");
        assertThat(budget2029()).isEqualTo("32345.50");
        WebElement undo =
                (WebElement) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const cells = [...document.querySelectorAll('#import-history vaadin-grid-cell-content')];
                const file = cells.find(c => c.textContent.trim() === arguments[0]);
                const row = file.assignedSlot.closest('tr');
                for (const slot of row.querySelectorAll('slot')) {
                  for (const cell of slot.assignedElements()) {
                    const button = cell.querySelector('vaadin-button');
                    if (button) return button;
                  }
                }
                return null;
                """, "budget-2029.se");
        assertThat(undo)
                .as("the Ångra button in the history row of budget-2029.se")
                .isNotNull();
        assertThat(undo.getText()).isEqualTo("Ångra");
        scrollAndClick(undo);
        waitForText("Importen av budget-2029.se är ångrad; de tidigare beloppen gäller igen.");
        assertThat(budget2029()).isEqualTo("0.00");
    }
}
