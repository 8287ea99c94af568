package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * Base of the end-to-end tests in a real browser: Debian's Chromium, headless, driven by Selenium through
 * Debian's chromedriver. Skipped, saying how to run them, where Chromium is not installed.
 */
@PortalTest
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeEach
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: no Chromium. Install it with 'apt-get install chromium chromium-driver'"
                        + " (as .ci/run does) and run the tests again.");
        use(openBrowser());
    }

    /**
     * Another browser with its own profile and cookies: a second person at another desk. Closed after the test;
     * {@link #use} makes it the one the helpers drive.
     */
    WebDriver openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--lang=sv-SE",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browsers.add(browser);
        return browser;
    }

    /** Makes the browser the one that {@link #logIn}, {@link #waitForText} and the other helpers drive. */
    void use(WebDriver browser) {
        driver = browser;
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        // A login POST or a navigation replaces the document while a wait is polling it.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * The page's visible text with no-break spaces as spaces. When the document is replaced between finding the body
     * and reading it (a redirect after a login), the new document's body is read.
     */
    String pageText() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText().replace('\u00A0', ' ');
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    void logIn(String username, String password) {
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']"))
                .isEmpty());
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']"))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password, Keys.ENTER);
    }

    /** Waits until the page shows the text; on a timeout, fails with what the page shows instead. */
    void waitForText(String text) {
        try {
            wait.until(d -> pageText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The page never showed \"" + text + "\"; it shows:\n" + pageText(), e);
        }
    }

    /** Scrolls the element to the middle of the window, then clicks it as a user would. */
    void click(By by) {
        scrollAndClick(driver.findElement(by));
    }

    void scrollAndClick(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        element.click();
    }

    /**
     * Clicks the first element found by the locator that matches; waits until there is one, and finds it again when
     * the page re-renders it between finding and clicking.
     */
    void clickFirst(By by, Predicate<WebElement> which) {
        wait.until(d -> {
            Optional<WebElement> element =
                    d.findElements(by).stream().filter(which).findFirst();
            element.ifPresent(this::scrollAndClick);
            return element.isPresent();
        });
    }

    /**
     * Runs axe-core on the page as it is: fails on any serious or critical violation, naming the rule and the
     * elements, and when axe checked nothing at all.
     */
    void assertNoSeriousAccessibilityViolation() {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
        assertThat(serious).as("serious or critical axe-core violations").isEmpty();
        assertThat(results.getPasses()).as("the rules axe-core checked").isNotEmpty();
    }

    /** The WCAG 2.0 and 2.1 rules of level A and AA: what EN 301 549 asks of a web page. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Runs axe-core's WCAG 2.1 A and AA rules on the page as it is and returns every violation of any impact, one
     * line each naming the rule and the elements (empty when there is none); fails when axe checked nothing at all.
     */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getPasses()).as("the rules axe-core checked").isNotEmpty();
        return results.getViolations().stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
    }

    /** Fails on any violation of the WCAG 2.1 A and AA rules on the page as it is, whatever its impact. */
    void assertNoAccessibilityViolation() {
        assertThat(accessibilityViolations())
                .as("axe-core WCAG 2.1 A/AA violations on " + driver.getCurrentUrl())
                .isEmpty();
    }

    /**
     * Waits until Vaadin has rendered the page: its client is loaded and has no request in flight, and the document
     * has a body with content.
     */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                        + " && !!window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        byte[] png =
                ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(target.resolve(name + ".png"), png);
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
