package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Tablets and phones (issue 14): the main pages at a desktop's, a tablet's and a phone's width do not scroll
 * sideways as a page (only the follow-up table scrolls its figures inside the grid, its unit column frozen).
 * Screenshots of every page and width land in {@code target/screenshots}.
 */
class NarrowScreenBrowserTest extends BrowserTest {

    private static final int[] WIDTHS = {1600, 768, 390};

    /** A page, the element that shows Vaadin has rendered it, and the screenshot's name. */
    private record Page(String path, String renderedSelector, String name) {}

    private static final List<Page> PAGES = List.of(
            new Page("/", "#overview-grid", "oversikt"),
            new Page("/uppfoljning?enhet=KLS&period=2026-02", "#followup-grid", "uppfoljning-kls"),
            new Page("/rapport/1120/2026-02", "#report-status", "rapport-1120"),
            new Page("/infor-motet", "h2", "infor-motet"));

    @Test
    void the_main_pages_do_not_scroll_sideways_at_desktop_tablet_and_phone_width() throws Exception {
        driver.get(url("/login"));
        logIn("kommundirektor", "demo2026");
        wait.until(d -> !d.getCurrentUrl().contains("login"));

        List<String> sideways = new ArrayList<>();
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            for (Page page : PAGES) {
                driver.get(url(page.path()));
                wait.until(d ->
                        !d.findElements(By.cssSelector(page.renderedSelector())).isEmpty());
                waitForVaadin();
                String overflow = (String) ((JavascriptExecutor) driver).executeScript(SIDEWAYS);
                if (!overflow.isEmpty()) {
                    sideways.add(page.path() + " at " + width + " px: " + overflow);
                }
                if (page.renderedSelector().equals("#followup-grid")) {
                    assertThat(unitColumnFrozen())
                            .as("the follow-up table's unit column is frozen at " + width + " px")
                            .isTrue();
                }
                screenshot("bredd-" + width + "-" + page.name());
            }
        }
        assertThat(sideways).as("pages that scroll sideways").isEmpty();
    }

    /**
     * What makes the page scroll sideways, empty when nothing does: the document wider than the window, the
     * AppLayout's content area (which scrolls on its own) wider than itself, or the header running off the window;
     * names the widest elements that stick out. Elements inside a grid or another box that scrolls or clips sideways stay within it and are not counted.
     */
    private static final String SIDEWAYS = """
            const width = window.innerWidth;
            const problems = [];
            if (document.documentElement.scrollWidth > width) {
              problems.push('document ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            if (content && content.scrollWidth > content.clientWidth + 1) {
              problems.push('content ' + content.scrollWidth + ' > ' + content.clientWidth);
            }
            const clipped = e => {
              for (let a = e.parentElement; a && a !== layout; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') return true;
              }
              return false;
            };
            const right = content ? content.getBoundingClientRect().right : width;
            const outside = Array.from(document.querySelectorAll('vaadin-app-layout *'))
                .filter(e => !e.closest('vaadin-grid') && e.getClientRects().length > 0 && !clipped(e))
                .filter(e => e.getBoundingClientRect().right > Math.min(right, width) + 1)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' right ' + Math.round(e.getBoundingClientRect().right));
            if (outside.length > 0) {
              problems.push('sticking out: ' + outside.slice(0, 8).join(', '));
            }
            return problems.join('; ');
            """;

    private boolean unitColumnFrozen() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("const c = document.querySelector('#followup-grid vaadin-grid-column');"
                        + " return !!c && c.frozen === true;"));
    }
}
