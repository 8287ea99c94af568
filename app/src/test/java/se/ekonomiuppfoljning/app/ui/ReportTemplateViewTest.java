package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;
import se.ekonomiuppfoljning.reports.TemplateText;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.ui.reports.ReportTemplateView;

class ReportTemplateViewTest extends KaribuTest {

    @Autowired
    TjansteskrivelseService tjansteskrivelser;

    @Autowired
    ReportTemplateRepository templates;

    @AfterEach
    void restoreDefaults() {
        templates
                .overrides()
                .keySet()
                .forEach(key -> templates.saveOverride(key, null, "test", java.time.Instant.now()));
    }

    @SuppressWarnings("unchecked")
    private static void choose(String key) {
        Grid<TemplateText> grid = _get(Grid.class, spec -> spec.withId("templates-grid"));
        TemplateText text = grid.getListDataView()
                .getItems()
                .filter(t -> t.key().equals(key))
                .findFirst()
                .orElseThrow();
        grid.select(text);
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("templates-message")).getText();
    }

    @Test
    void the_economists_own_frame_sentence_is_used_in_the_next_document_until_the_default_is_restored() {
        login("controller"); // the economist of the whole kommun
        UI.getCurrent().navigate(ReportTemplateView.class);
        choose("frame.within");
        TextArea text = _get(TextArea.class, spec -> spec.withId("templates-text"));
        assertThat(text.getValue())
                .isEqualTo("Den ekonomiska uppföljningen visar att verksamheten bedrivs inom sin budgetram.");

        text.setValue("Uppföljningen visar att {enhet} håller sin budgetram.");
        clickAsBrowser("templates-save");

        assertThat(message()).isEqualTo("Texten är sparad och används i nästa dokument.");
        assertThat(tjansteskrivelser
                        .content(UnitCode.of("KLS"), new Period(2026, 2), CaseDetails.blank())
                        .frameSentence())
                .isEqualTo("Uppföljningen visar att kommunledningsstaben håller sin budgetram.");

        clickAsBrowser("templates-reset");

        assertThat(message()).isEqualTo("Standardtexten används.");
        assertThat(tjansteskrivelser
                        .content(UnitCode.of("KLS"), new Period(2026, 2), CaseDetails.blank())
                        .frameSentence())
                .isEqualTo("Den ekonomiska uppföljningen visar att verksamheten bedrivs inom sin budgetram.");
    }

    @Test
    void an_unknown_placeholder_is_refused_with_the_allowed_ones() {
        login("admin");
        UI.getCurrent().navigate(ReportTemplateView.class);
        choose("title.default");
        _get(TextArea.class, spec -> spec.withId("templates-text")).setValue("Uppföljning för {enheten}");
        clickAsBrowser("templates-save");

        assertThat(message())
                .startsWith("Texten har okända platshållare: {enheten}.")
                .contains("{månad}");
        assertThat(templates.overrides()).isEmpty();
    }

    @Test
    void chiefs_and_politicians_are_refused_the_template() {
        login("kommundirektor");
        assertRefused(ReportTemplateView.class);
        login("politiker");
        assertRefused(ReportTemplateView.class);
    }

    @Test
    void anEconomistOfOneCommitteesUnitsReadsTheKommunsTemplateAndPatternButCannotChangeThem() {
        login("ekonomichef");
        UI.getCurrent().navigate(ReportTemplateView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("templates-read-only"))
                        .getText())
                .startsWith("Mallen och mönstret för diarienummer gäller hela kommunen");
        choose("proposal.default");
        assertThat(_get(TextArea.class, spec -> spec.withId("templates-text")).isReadOnly())
                .isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        Button.class, spec -> spec.withId("templates-save")))
                .isEmpty(); // not visible
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        Button.class, spec -> spec.withId("case-pattern-save")))
                .isEmpty();
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("case-pattern"))
                        .isReadOnly())
                .isTrue();
        assertThat(templates.overrides()).isEmpty();
    }

    @Test
    void aHostileDiarienummerPatternIsRefusedOnThePageWithoutHoldingTheRequest() {
        login("admin");
        UI.getCurrent().navigate(ReportTemplateView.class);
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("case-pattern"))
                .setValue("((a+)+)+$");
        long started = System.nanoTime(); // the domain test guards against a hang; the page runs in the UI's thread
        clickAsBrowser("case-pattern-save");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-pattern-message"))
                        .getText())
                .startsWith("Mönstret för diarienummer är för komplicerat att pröva");
    }
}
