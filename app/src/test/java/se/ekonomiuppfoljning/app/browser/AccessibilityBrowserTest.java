package se.ekonomiuppfoljning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accessibility on every page (issue 14): every route of the portal, found from the {@code @Route} classes, is
 * opened as every demo role, plus the login page, the accessibility statement and an unknown address without
 * logging in, and axe-core's WCAG 2.1 A and AA rules run on each: no violation of any impact. A refused page is a
 * page too (the error page a role without access meets). One browser; a login per role.
 */
class AccessibilityBrowserTest extends BrowserTest {

    private static final List<String> ROLES =
            List.of("admin", "controller", "kommundirektor", "ekonomichef", "itchef", "politiker");

    /** The demo's case (KS/2026:4), sent to AU: its page shows the most. */
    private static final String DEMO_CASE = "KS/2026:4";

    private static final String UNKNOWN = "/finns-inte/alls";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_page_as_every_demo_role_meets_the_wcag_21_aa_rules_of_axe_core() {
        List<String> pages = pages();
        Map<String, List<String>> violations = new LinkedHashMap<>();

        for (String path : List.of("/login", "/login?error", "/tillganglighet", UNKNOWN)) {
            check("anonymous", path, violations);
        }
        for (String role : ROLES) {
            driver.manage().deleteAllCookies();
            driver.get(url("/login"));
            logIn(role, "demo2026");
            wait.until(d -> !d.getCurrentUrl().contains("login"));
            for (String path : pages) {
                check(role, path, violations);
            }
            check(role, UNKNOWN, violations);
        }

        assertThat(violations)
                .as("pages with WCAG 2.1 A/AA violations (axe-core), of %d pages per role", pages.size() + 1)
                .isEmpty();
    }

    private void check(String who, String path, Map<String, List<String>> violations) {
        driver.get(url(path));
        waitForVaadin();
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-app-layout, vaadin-login-form, main, h1, h2"))
                .isEmpty());
        waitForVaadin();
        List<String> found = new ArrayList<>(accessibilityViolations());
        String title = driver.getTitle();
        if (title == null || title.isBlank()) {
            found.add("no document title");
        }
        if (!found.isEmpty()) {
            violations.put(path + " as " + who, found);
        }
    }

    /**
     * Every route of the ui module, with the demo's unit, period and case where the address takes them. A route
     * this test does not know how to fill fails it, so a new page cannot slip past.
     */
    private List<String> pages() {
        long demoCase = jdbc.queryForObject("SELECT id FROM report_case WHERE case_number = ?", Long.class, DEMO_CASE);
        Map<String, List<String>> parameterised = Map.of(
                "enhet/:kod/:period", List.of("/enhet/1120/2026-02"),
                "rapport/:kod/:period", List.of("/rapport/1120/2026-02"),
                "arende", List.of("/arende/" + demoCase),
                "uppfoljning", List.of("/uppfoljning", "/uppfoljning?enhet=KLS&period=2026-02"),
                "rapport", List.of("/rapport?enhet=KLS&period=2026-02"));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        TreeSet<String> pages = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("se.ekonomiuppfoljning.ui")) {
            Class<?> view = load(bean.getBeanClassName());
            String template = view.getAnnotation(Route.class).value();
            if (template.equals("login")) {
                continue; // checked without logging in
            }
            if (parameterised.containsKey(template)) {
                pages.addAll(parameterised.get(template));
            } else if (template.contains(":") || HasUrlParameter.class.isAssignableFrom(view)) {
                unknown.add(template);
            } else {
                pages.add("/" + template);
            }
        }
        assertThat(unknown)
                .as("routes with parameters this test does not fill: add them")
                .isEmpty();
        assertThat(pages).as("the portal's pages").hasSizeGreaterThan(15);
        return List.copyOf(pages);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
