package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.AU_MEETING;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.FEBRUARY;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.IT_CHIEF;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.KS_MEETING;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.POLITICIAN;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.problem;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.title;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.security.OutOfScopeException;

class CaseDocumentServiceTest {

    private final CaseFixture fixture = new CaseFixture();
    private final CaseDocumentService service = fixture.documents;

    @Test
    void a_drafts_document_follows_the_live_figures_and_has_no_changes() {
        ReportCase draft = fixture.created();
        ReportDocument before = service.document(draft.id());

        fixture.figures.saveActuals(List.of(new AmountLine(IT, "5011", FEBRUARY, new BigDecimal("100000.00"))));

        assertThat(service.document(draft.id())).isNotEqualTo(before);
        assertThat(service.changes(draft.id())).isEmpty();
    }

    @Test
    void sending_freezes_the_document_so_later_actuals_change_neither_the_document_nor_the_texts() {
        ReportCase sent = fixture.sent();
        ReportDocument frozen = service.document(sent.id());
        assertThat(service.changes(sent.id())).isEmpty();

        fixture.figures.saveActuals(List.of(new AmountLine(IT, "5011", FEBRUARY, new BigDecimal("100000.00"))));

        assertThat(service.document(sent.id())).isEqualTo(frozen);
        service.tjansteskrivelse(sent.id(), DocumentFormat.PDF);
        assertThat(fixture.lastRendered()).isEqualTo(frozen);
        assertThat(frozen.texts())
                .anySatisfy(t ->
                        assertThat(t.replace('\u00A0', ' ')).isEqualTo("IT 194 62 132 32,0 % 8 841 378 302 76 79,8 %"));
        List<FigureChange> changes = service.changes(sent.id());
        assertThat(changes)
                .extracting(FigureChange::unit, FigureChange::column)
                .containsExactly(
                        tuple("IT", FigureChange.Column.MONTH_ACTUAL),
                        tuple("IT", FigureChange.Column.YTD_ACTUAL),
                        tuple("Totalt KLS", FigureChange.Column.MONTH_ACTUAL),
                        tuple("Totalt KLS", FigureChange.Column.YTD_ACTUAL));
        assertThat(changes.get(0).current().subtract(changes.get(0).frozen())).isEqualByComparingTo("100000");
    }

    @Test
    void the_protokollsutdrag_has_the_seeds_parts_for_the_au_decision() {
        ReportCase sent = fixture.sent();
        fixture.decisions.recordDecision(
                sent.id(), new DecisionDraft(AU_MEETING, 14, sent.details().proposal(), KS_MEETING), sent.version());

        service.protokollsutdrag(sent.id(), Organ.AU, DocumentFormat.PDF);
        ReportDocument excerpt = fixture.lastRendered();

        assertThat(excerpt.kind()).isEqualTo("Protokollsutdrag");
        assertThat(excerpt.fileBaseName()).isEqualTo("protokollsutdrag-AU-2026-14");
        assertThat(excerpt.texts())
                .contains(
                        "Organ Allmänna utskottet",
                        "Sammanträdesdatum 2026-03-09",
                        "Diarienummer KS/2026:4",
                        "§ 14 Ekonomisk uppföljning februari 2026",
                        "Allmänna utskottets beslut",
                        sent.details().proposal(),
                        "Sammanfattning av ärendet",
                        "Den ekonomiska uppföljningen visar att verksamheten bedrivs inom sin budgetram.",
                        "Verksamhetsuppföljning",
                        "Beslutsunderlag",
                        "Efter beslut i kommunstyrelsen skickas det till",
                        "För kännedom",
                        "För åtgärd");
        assertThat(excerpt.blocks())
                .filteredOn(b -> b instanceof Block.Fields f && f.caption() != null)
                .singleElement()
                .satisfies(b -> assertThat(((Block.Fields) b).fields())
                        .extracting(Block.Field::label)
                        .contains("Budget till och med februari"));
        assertThatThrownBy(() -> service.protokollsutdrag(sent.id(), Organ.KS, DocumentFormat.PDF))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(CaseProblem.NO_DECISION, title("KS/2026:4"), "kommunstyrelsen"));
    }

    @Test
    void a_politician_of_the_committee_reads_the_documents_and_a_chief_out_of_scope_does_not() {
        ReportCase sent = fixture.sent();

        fixture.caller.set(POLITICIAN);
        assertThat(service.document(sent.id()).kind()).isEqualTo("Tjänsteskrivelse");
        fixture.caller.set(IT_CHIEF);
        assertThatThrownBy(() -> service.document(sent.id())).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.changes(sent.id())).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.protokollsutdrag(sent.id(), Organ.AU, DocumentFormat.PDF))
                .isInstanceOf(OutOfScopeException.class);
    }
}
