package se.ekonomiuppfoljning.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.app.ui.KaribuTest;

/** A page's navigation is timed by the page's class: the real views through Vaadin's router. */
class PageTimesTest extends KaribuTest {

    @Autowired
    MeterRegistry meters;

    private long navigations(String view) {
        Timer timer = meters.find(PageTimes.NAVIGATION).tag("view", view).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void opening_a_page_records_its_navigation_time_under_the_pages_name() {
        long before = navigations("MyAccountView");
        login("kommundirektor");

        navigate("mitt-konto", "");

        assertThat(navigations("MyAccountView")).isEqualTo(before + 1);
    }
}
