package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.ui.cycle.ThresholdsView;

/** The thresholds' form: a missing value is shown at its field before the service is asked; a save is stored. */
class ThresholdsFormTest extends KaribuTest {

    @Autowired
    MonthlyReportService reports;

    private static BigDecimalField field(String id) {
        return _get(BigDecimalField.class, spec -> spec.withId(id));
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("settings-message")).getText();
    }

    @Test
    void a_missing_threshold_is_marked_at_its_field_and_nothing_is_saved() {
        login("admin");
        UI.getCurrent().navigate(ThresholdsView.class);
        _setValue(field("settings-percent"), new BigDecimal("7"));
        _setValue(field("settings-tkr"), null);
        clickAsBrowser("settings-save");

        assertThat(field("settings-tkr").isInvalid()).isTrue();
        assertThat(field("settings-tkr").getErrorMessage()).isEqualTo("Fyll i tröskelvärdet i tkr.");
        assertThat(message()).isEqualTo("Fyll i båda tröskelvärdena.");
        assertThat(reports.thresholds().ytdDeviationPercent()).isEqualByComparingTo("5");
    }

    @Test
    void a_saved_threshold_is_stored_in_kronor() {
        login("admin");
        UI.getCurrent().navigate(ThresholdsView.class);
        try {
            _setValue(field("settings-tkr"), new BigDecimal("250"));
            clickAsBrowser("settings-save");
            assertThat(message()).isEqualTo("Tröskelvärdena är sparade.");
            assertThat(field("settings-tkr").isInvalid()).isFalse();
            assertThat(reports.thresholds().ytdDeviationKronor()).isEqualByComparingTo("250000");
        } finally {
            _setValue(field("settings-tkr"), new BigDecimal("100"));
            clickAsBrowser("settings-save");
        }
    }
}
