package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

class TjansteskrivelseBrowserTest extends BrowserTest {

    /** Follows a download link with the browser's session, as a click would, and returns the response. */
    private HttpResponse<byte[]> follow(String href) throws Exception {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("the browser's session cookie").isNotNull();
        URI uri = URI.create(url("/")).resolve(href);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_economist_fills_in_the_case_and_downloads_the_pdf_with_the_seeds_figures() throws Exception {
        driver.get(url("/rapport?enhet=KLS&period=2026-02"));
        logIn("ekonomichef", "demo2026");
        wait.until(d -> d.getCurrentUrl().contains("rapport"));
        wait.until(d -> !d.findElements(By.id("report-pdf")).isEmpty());
        wait.until(d -> pageText().contains("Budget till och med februari: 6 960"));
        driver.findElement(By.cssSelector("#report-case-number input")).sendKeys("KS/2026:4");
        driver.findElement(By.cssSelector("#report-heading input")).click(); // leaving the field sends its value
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients && "
                        + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
        screenshot("tjansteskrivelse-kls-februari-2026");

        String href = driver.findElement(By.id("report-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = follow(href);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf.body())) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
        }
        String squeezed = text.toString().replace('\u00A0', ' ').replaceAll("\\s", "");
        assertThat(squeezed)
                .contains(
                        "Diarienummer:KS/2026:4",
                        "Budgettillochmedfebruari6960",
                        "Budgetfebruari3483",
                        "TotaltKLS3483334014395,9%529996960670425696,3%");

        HttpResponse<byte[]> docx =
                follow(driver.findElement(By.id("report-docx")).getAttribute("href"));
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.body()).startsWith('P', 'K');

        assertNoSeriousAccessibilityViolation();
    }
}
