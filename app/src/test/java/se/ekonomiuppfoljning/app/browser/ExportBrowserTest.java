package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The export links over the real HTTP stack: the browser, logged in, fetches what the links point to (the
 * download handler's URL in the user's session) and gets the files with their names.
 */
class ExportBrowserTest extends BrowserTest {

    /** Fetches a URL in the page's session; answers status, headers and the body in Base64. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String href) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  bytes.forEach(b => binary += String.fromCharCode(b));
                  done({status: r.status, type: r.headers.get('Content-Type') || '',
                        disposition: r.headers.get('Content-Disposition') || '', body: btoa(binary)});
                }).catch(e => done({status: -1, type: '', disposition: String(e), body: ''}));
                """, href);
    }

    private static byte[] body(Map<String, Object> response) {
        return Base64.getDecoder().decode((String) response.get("body"));
    }

    private String api(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("kommundirektor:demo2026".getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    @Test
    void the_kommundirektor_downloads_kls_february_as_excel_and_csv() throws Exception {
        driver.get(url("/login"));
        logIn("kommundirektor", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        driver.get(url("/uppfoljning?enhet=KLS&period=2026-02"));
        waitForText("Totalt KLS");
        wait.until(d -> !d.findElements(By.id("followup-grid-xlsx")).isEmpty());
        screenshot("export-links");

        WebElement excel = driver.findElement(By.id("followup-grid-xlsx"));
        assertThat(excel.getText()).isEqualTo("Excel");
        assertThat(excel.getAttribute("download")).isNotNull();
        Map<String, Object> xlsx = fetch(excel.getAttribute("href"));
        assertThat(xlsx.get("status")).isEqualTo(200L);
        assertThat((String) xlsx.get("type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat((String) xlsx.get("disposition")).contains("uppfoljning-KLS-2026-02.xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body(xlsx)))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> row.getCell(0) != null
                            && "Totalt KLS".equals(row.getCell(0).getStringCellValue()))
                    .findFirst()
                    .orElseThrow();
            assertThat(List.of(1, 2, 3, 6, 7, 8).stream()
                            .map(c -> BigDecimal.valueOf(total.getCell(c).getNumericCellValue())
                                    .setScale(0, java.math.RoundingMode.HALF_UP))
                            .map(BigDecimal::toPlainString)
                            .toList())
                    .containsExactly("3483", "3340", "143", "6960", "6704", "256");
        }

        Map<String, Object> csv =
                fetch(driver.findElement(By.id("followup-grid-csv")).getAttribute("href"));
        assertThat(csv.get("status")).isEqualTo(200L);
        assertThat((String) csv.get("disposition")).contains("uppfoljning-KLS-2026-02.csv");
        String text = new String(body(csv), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFF" + api("/api/v1/followup.csv?unit=KLS&period=2026-02"));
    }
}
