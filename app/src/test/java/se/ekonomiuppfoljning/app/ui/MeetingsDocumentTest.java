package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.ui.reports.MeetingsView;

/**
 * Inför mötet shows the demo's case KS/2026:4 as it was sent: the chief's ekonomisk analys with each unit's
 * helårsprognos and prognosavvikelse, every unit with a negative deviation under the åtgärder, and which units'
 * months were not approved when it was made.
 */
class MeetingsDocumentTest extends KaribuTest {

    @Autowired
    CaseFlowService cases;

    @Test
    void aPoliticianPreparingForKsReadsTheAnalysisAndEveryNegativeUnitInTheDemosCase() {
        login("politiker");
        UI.getCurrent().navigate(MeetingsView.class);
        ReportCase demo = cases.cases().stream()
                .filter(c -> c.caseNumber().equals("KS/2026:4"))
                .findFirst()
                .orElseThrow();

        String agenda = _get(Div.class, spec -> spec.withId("agenda-case-" + demo.id()))
                .getElement()
                .getTextRecursively()
                .replace('\u00A0', ' ');

        assertThat(agenda)
                .contains(
                        "Ekonomisk analys och helårsprognos per enhet",
                        "arvoden till gode män och förvaltare",
                        "Helårsprognos 2 700 tkr, prognosavvikelse −120 tkr.",
                        "Månaden var inte godkänd för följande enheter när dokumentet togs fram")
                .contains("Enheter med negativ avvikelse, februari 2026");
        String atgarder = agenda.substring(agenda.indexOf("Åtgärder vid negativa avvikelser"));
        assertThat(atgarder)
                .contains(
                        "TIA-avdelningen",
                        "Administrativa avdelningen",
                        "Överförmyndarvht",
                        "HR-avdelning",
                        "Näringslivsenheten",
                        "Analys saknas",
                        "Ingen åtgärd");
    }
}
