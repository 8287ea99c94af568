package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.CaseStage;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.ui.reports.CaseView;
import se.ekonomiuppfoljning.ui.reports.CasesView;

/**
 * The case page's forms: what is required is marked at its field (and in the page's message) before the service
 * is asked, and what is saved reaches the service. Uses KLS in January, as {@link CaseViewTest} does.
 */
class CaseFormsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long highestCase;

    @BeforeEach
    void rememberTheCases() {
        highestCase = CreatedCases.highestId(jdbc);
    }

    @AfterEach
    void removeTheCasesCreated() {
        CreatedCases.removeAfter(jdbc, highestCase);
    }

    @Autowired
    CaseFlowService cases;

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("case-message")).getText();
    }

    private ReportCase draft(String caseNumber) {
        return cases.createNewVersion(
                UnitCode.of("KLS"), new Period(2026, 1), CaseDetails.blank().withCaseNumber(caseNumber));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_case_without_a_unit_is_marked_at_the_field_and_not_created() {
        login("ekonomichef");
        int before = cases.cases().size();
        UI.getCurrent().navigate(CasesView.class);
        ComboBox<?> node = _get(ComboBox.class, spec -> spec.withId("case-new-node"));
        _setValue(node, null);
        clickAsBrowser("case-create");

        assertThat(node.isInvalid()).isTrue();
        assertThat(node.getErrorMessage()).isEqualTo("Välj enhet för ärendet.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("cases-message")).getText())
                .isEqualTo("Välj enhet och period för ärendet.");
        assertThat(cases.cases()).hasSize(before);
    }

    @Test
    void the_details_saved_in_the_form_are_stored() {
        login("ekonomichef");
        ReportCase created = draft("KS/2026:7");
        UI.getCurrent().navigate(CaseView.class, created.id());
        _setValue(_get(TextField.class, spec -> spec.withId("case-officer")), "Karin Ek");
        clickAsBrowser("case-save");

        assertThat(cases.get(created.id()).details().officer()).isEqualTo("Karin Ek");
        assertThat(_get(TextField.class, spec -> spec.withId("case-officer")).getValue())
                .isEqualTo("Karin Ek");
    }

    @Test
    void sending_without_the_meeting_date_is_marked_at_the_field_and_the_case_stays_a_draft() {
        login("ekonomichef");
        ReportCase created = draft("KS/2026:8");
        UI.getCurrent().navigate(CaseView.class, created.id());
        clickAsBrowser("case-send");

        DatePicker date = _get(DatePicker.class, spec -> spec.withId("case-send-date"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Ange datum för allmänna utskottets sammanträde.");
        assertThat(message()).isEqualTo("Ange datum för allmänna utskottets sammanträde.");
        assertThat(cases.get(created.id()).stage()).isEqualTo(CaseStage.UTKAST);
    }

    @Test
    void a_decision_without_a_paragraph_or_below_one_is_marked_at_the_field_and_not_recorded() {
        login("ekonomichef");
        ReportCase created = draft("KS/2026:9");
        ReportCase sent = cases.send(created.id(), LocalDate.of(2026, 2, 16), created.version());
        UI.getCurrent().navigate(CaseView.class, sent.id());
        IntegerField paragraph = _get(IntegerField.class, spec -> spec.withId("case-paragraph"));

        _setValue(paragraph, null);
        clickAsBrowser("case-record");
        assertThat(paragraph.isInvalid()).isTrue();
        assertThat(paragraph.getErrorMessage()).isEqualTo("Ange paragraf för beslutet.");
        assertThat(message()).isEqualTo("Ange paragraf och datum för beslutet.");

        _setValue(paragraph, 0);
        clickAsBrowser("case-record");
        assertThat(paragraph.getErrorMessage()).isEqualTo("Paragrafnumret måste vara 1 eller högre.");
        assertThat(cases.get(sent.id()).stage()).isEqualTo(CaseStage.ALLMANNA_UTSKOTTET);
    }
}
