package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * WCAG 2.1.1 Keyboard, 2.1.2 No keyboard trap and 2.4.7 Focus visible, in a real browser: HR's chief writes March
 * (the follow-up, the analysis, the forecast), adds an åtgärd and marks the month ready, and the politician asks a
 * question on it, with the keyboard only: Tab and Shift+Tab to move, Enter, Space and the arrow keys to act, and
 * typing into the fields; no click. Every element the focus lands on must show that it has it (Vaadin's
 * {@code focus-ring} or an outline or box shadow), and from the last field the focus must go on round the page
 * and back into the menu. HR's March (1180, 2026-03) is used by no other test.
 */
class KeyboardOnlyBrowserTest extends BrowserTest {

    private static final String MONTH = "/rapport/1180/2026-03";

    /** The most Tab presses to reach a target: the whole page's focus order is shorter. */
    private static final int MAX_TABS = 120;

    /**
     * The deepest focused element (through the open shadow roots), described, and whether it or a host or parent
     * around it shows the focus: Vaadin's focus-ring attribute, an outline or a box shadow.
     */
    private static final String FOCUS = """
            let top = document.activeElement;
            if (!top || top === document.body) { return {element: 'body', visible: false, inside: false, top: 'body'}; }
            let chain = [top];
            let e = top;
            while (e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; chain.push(e); }
            for (let p = top.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) { chain.push(p); }
            const shows = el => {
              if (el.hasAttribute && (el.hasAttribute('focus-ring') || el.hasAttribute('focus-visible'))) { return true; }
              // the element itself, or the ::before/::after that Lumo draws a grid cell's focus with
              return [null, '::before', '::after'].some(pseudo => {
                const s = getComputedStyle(el, pseudo);
                if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) { return true; }
                return !!s.boxShadow && s.boxShadow !== 'none';
              });
            };
            const visible = chain.some(shows);
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
            const host = arguments[0] ? document.querySelector(arguments[0]) : null;
            const inside = !!host && (host === top || host.contains(top));
            return {element: chain.slice(0, 2).map(name).join(' > ') + ' ' + (top.textContent || '').trim().slice(0, 30),
                    visible: visible, inside: inside, top: name(top)};
            """;

    private final List<String> unseenFocus = new ArrayList<>();

    @Test
    void a_chief_reports_a_month_and_a_politician_asks_about_it_with_the_keyboard_only() {
        driver.get(url("/login"));
        logInWithKeys("hrchef");
        driver.get(url(MONTH));
        waitForText("Månadsrapport: HR-avdelning");
        waitForVaadin();

        tabTo("#report-status");
        chooseWithArrows("#report-status", "Enligt plan");
        tabTo("#report-followup-text");
        type("Rekryteringen av två HR-konsulter är klar; introduktionen pågår.");
        tabTo("#report-analysis");
        type("Konsultkostnaderna i mars är engångskostnader för rekryteringen.");
        shiftTab(); // back to the follow-up text and forward again: Shift+Tab works, nothing is trapped
        assertThat(String.valueOf(focus(null).get("element"))).contains("report-followup-text");
        tabTo("#report-analysis");
        tabTo("#report-forecast");
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys("6100")
                .perform();
        tabTo("#report-save");
        press(Keys.ENTER);
        waitForText("Sparat.");

        tabTo("#action-what");
        type("Avsluta konsultavtalen när introduktionen är klar");
        tabTo("#action-cause");
        type("Konsulter i stället för egen personal under rekryteringen");
        tabTo("#action-responsible");
        type("Lena Holm");
        tabTo("#action-due");
        type("2026-06-30");
        press(Keys.ENTER);
        tabTo("#action-effect");
        type("120");
        tabTo("#action-add");
        press(Keys.SPACE);
        waitForText("Åtgärden är tillagd.");
        assertThat(pageText()).contains("Avsluta konsultavtalen när introduktionen är klar", "2026-06-30");

        tabTo("#report-ready");
        press(Keys.ENTER);
        waitForText("Månaden är markerad klar för granskning.");
        wait.until(d ->
                d.findElement(By.id("report-state")).getAttribute("textContent").contains("Klar för granskning"));
        assertFocusGoesRoundThePage();

        driver.manage().deleteAllCookies(); // a politician at another desk
        driver.get(url("/login"));
        logInWithKeys("politiker");
        driver.get(url(MONTH));
        waitForText("Månadsrapport: HR-avdelning");
        waitForVaadin();
        tabTo("#question-text");
        type("Varför anlitas konsulter i stället för att anställa?");
        tabTo("#question-ask");
        press(Keys.ENTER);
        waitForText("Varför anlitas konsulter i stället för att anställa?");
        assertFocusGoesRoundThePage();

        assertThat(unseenFocus)
                .as("elements that took the keyboard focus without showing it")
                .isEmpty();
    }

    /** Logs in from the login page: Tab to the user name, type it, Tab to the password, type it, Enter. */
    private void logInWithKeys(String username) {
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']"))
                .isEmpty());
        waitForVaadin();
        tabTo("vaadin-login-form input[name='username']");
        type(username);
        tabTo("vaadin-login-form input[name='password']");
        type("demo2026");
        press(Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        waitForVaadin();
    }

    /**
     * Presses Tab until the focus is in the element the selector finds; every element passed on the way must show
     * its focus, and each press must move it (else the focus is trapped).
     */
    private void tabTo(String selector) {
        wait.until(d -> !d.findElements(By.cssSelector(selector)).isEmpty());
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            Map<String, Object> before = focus(selector);
            if (Boolean.TRUE.equals(before.get("inside"))) {
                checkVisible(before);
                return;
            }
            press(Keys.TAB);
            Map<String, Object> after = focus(selector);
            passed.add(String.valueOf(after.get("element")));
            if (!"body".equals(after.get("top"))) {
                checkVisible(after);
            }
        }
        throw new AssertionError("Tab never reached " + selector + " in " + MAX_TABS + " presses; it passed " + passed);
    }

    private void shiftTab() {
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        checkVisible(focus(null));
    }

    /**
     * From where the focus is, Tab goes on through the rest of the page and round into the menu again (the side
     * navigation): the page holds no keyboard trap.
     */
    private void assertFocusGoesRoundThePage() {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            Map<String, Object> now = focus("vaadin-side-nav");
            seen.add(String.valueOf(now.get("element")));
            if (Boolean.TRUE.equals(now.get("inside"))) {
                return;
            }
        }
        throw new AssertionError("the focus never came back to the menu; it went round " + seen);
    }

    /** Opens the select with the arrow key, moves with the arrows to the item and takes it with Enter. */
    private void chooseWithArrows(String selector, String item) {
        press(Keys.ARROW_DOWN);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-select-item")).isEmpty());
        for (int i = 0; i < 10; i++) {
            Object focused = ((JavascriptExecutor) driver)
                    .executeScript("const e = document.activeElement; return e ? e.textContent.trim() : '';");
            if (item.equals(focused)) {
                break;
            }
            press(Keys.ARROW_DOWN);
        }
        press(Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector(selector)).getText().contains(item));
        checkVisible(focus(selector));
    }

    private void checkVisible(Map<String, Object> focus) {
        if (!Boolean.TRUE.equals(focus.get("visible"))) {
            unseenFocus.add(driver.getCurrentUrl() + ": " + focus.get("element"));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focus(String selector) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(FOCUS, selector);
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }
}
