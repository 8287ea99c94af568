package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportForm;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportView;

/** The month page's parts: the report form binds and fires, the åtgärd panel reloads itself and nothing else. */
class MonthlyReportPartsTest extends KaribuTest {

    @Autowired
    MonthlyReportService reports;

    @Test
    void the_report_form_fires_its_save_with_what_was_typed_and_a_text_over_the_limit_is_not_sent() {
        login("overformyndare");
        MonthlyReportForm form = new MonthlyReportForm();
        UI.getCurrent().add(form);
        form.show(reports.report(UnitCode.of("1150"), new Period(2026, 8)));
        List<ReportEdit> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.edit()));

        TextArea analysis = _get(form, TextArea.class, spec -> spec.withId("report-analysis"));
        _setValue(analysis, "Arvodena ökar.");
        _click(_get(form, Button.class, spec -> spec.withId("report-save")));
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).analysis()).isEqualTo("Arvodena ökar.");
        assertThat(saved.get(0).forecast())
                .as("an untouched proposal is not sent")
                .isNull();

        BigDecimalField forecast = _get(form, BigDecimalField.class, spec -> spec.withId("report-forecast"));
        _setValue(forecast, forecast.getValue().add(BigDecimal.TEN));
        _setValue(analysis, "x".repeat(MonthlyReportForm.MAX_TEXT + 1));
        _click(_get(form, Button.class, spec -> spec.withId("report-save")));
        assertThat(saved).hasSize(1);
        assertThat(analysis.isInvalid()).isTrue();
        assertThat(analysis.getErrorMessage()).isEqualTo("Högst 4000 tecken.");

        _setValue(analysis, "Arvodena ökar mer.");
        _click(_get(form, Button.class, spec -> spec.withId("report-save")));
        assertThat(saved).hasSize(2);
        assertThat(saved.get(1).forecast())
                .isEqualByComparingTo(forecast.getValue().multiply(BigDecimal.valueOf(1000)));
    }

    @Test
    void the_forecast_field_shows_its_label_in_full_with_the_unit_beside_the_figure_and_the_explanation_below() {
        login("overformyndare");
        MonthlyReportForm form = new MonthlyReportForm();
        UI.getCurrent().add(form);
        form.show(reports.report(UnitCode.of("1150"), new Period(2026, 8)));
        BigDecimalField forecast = _get(form, BigDecimalField.class, spec -> spec.withId("report-forecast"));

        // Lumo cuts a label wider than its field with "…": a short label, and a field at least as wide as it
        assertThat(forecast.getLabel()).isEqualTo("Helårsprognos");
        assertThat(forecast.getSuffixComponent().getElement().getText()).isEqualTo("tkr");
        assertThat(forecast.getHelperText()).startsWith("Årets nettokostnad i tkr.");
        assertThat(forecast.getWidth())
                .as("no fixed width narrower than the label")
                .isNull();
        String minWidth = forecast.getMinWidth();
        assertThat(minWidth).endsWith("em");
        double em = Double.parseDouble(minWidth.substring(0, minWidth.length() - 2));
        // a character of the label's small font is well under 0.6 em wide; the field's padding needs some 2 em
        assertThat(em).isGreaterThanOrEqualTo(forecast.getLabel().length() * 0.6 + 2);
        assertThat(em).isGreaterThanOrEqualTo("Full-year forecast".length() * 0.6 + 2); // the English label too
    }

    @Test
    @SuppressWarnings("unchecked")
    void adding_an_atgard_reloads_the_atgard_panel_only_and_the_report_form_keeps_its_fields_and_what_was_typed() {
        login("overformyndare");
        UI.getCurrent()
                .navigate(
                        MonthlyReportView.class,
                        MonthlyReportView.parameters(UnitCode.of("1150"), new Period(2026, 7)));
        TextArea analysis = _get(TextArea.class, spec -> spec.withId("report-analysis"));
        Paragraph state = _get(Paragraph.class, spec -> spec.withId("report-state"));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("actions-grid"));
        int before = GridKt._size(grid);
        _setValue(analysis, "Inte sparad ännu.");

        _setValue(_get(TextArea.class, spec -> spec.withId("action-what")), "Samordna arvodesbesluten");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-cause")), "Olika nivåer");
        _setValue(_get(TextField.class, spec -> spec.withId("action-responsible")), "Eva Lind");
        _click(_get(Button.class, spec -> spec.withId("action-add")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-message")).getText())
                .isEqualTo("Fyll i datum och förväntad effekt.");
        assertThat(GridKt._size(grid)).isEqualTo(before);

        _setValue(_get(DatePicker.class, spec -> spec.withId("action-due")), LocalDate.of(2099, 12, 31));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("action-effect")), new BigDecimal("30"));
        _click(_get(Button.class, spec -> spec.withId("action-add")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-message")).getText())
                .isEqualTo("Åtgärden är tillagd.");
        assertThat(_get(Grid.class, spec -> spec.withId("actions-grid"))).isSameAs(grid);
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        assertThat(_get(TextArea.class, spec -> spec.withId("report-analysis"))).isSameAs(analysis);
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-state"))).isSameAs(state);
        assertThat(analysis.getValue()).isEqualTo("Inte sparad ännu.");
        assertThat(_get(TextArea.class, spec -> spec.withId("action-what")).getValue())
                .as("the add form starts again empty")
                .isEmpty();
    }
}
