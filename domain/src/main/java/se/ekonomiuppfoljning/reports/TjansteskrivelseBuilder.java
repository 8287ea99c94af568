package se.ekonomiuppfoljning.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.followup.DisplayedFigures;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.followup.MonthFigures;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse.FollowUpEntry;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse.Section;

/**
 * Builds the content of a tjänsteskrivelse from what the service read (within the caller's scope): the follow-up
 * table, the months of the node's frame, the units' reports and the åtgärder to print. Every number goes through
 * {@link DisplayedFigures} or {@link SwedishFormat}; every phrase comes from the template. The header, the text
 * sections and the units' follow-up texts are laid out here; the figures by {@link SummaryTables}, the charts by
 * {@link DeviationCharts}, the helårsprognos by {@link ForecastTable} and the åtgärder by {@link ActionsTable}.
 */
final class TjansteskrivelseBuilder {

    /** The header fields after defaults: every one filled in. */
    record Details(
            String caseNumber,
            String title,
            String officer,
            String chief,
            LocalDate date,
            String proposal,
            String forKnowledge,
            String forAction) {}

    /** A unit's report to print, with the unit's name. */
    record UnitText(Unit unit, UnitReport report) {}

    /** An åtgärd to print, with its unit's name. */
    record ActionLine(Unit unit, Action action) {}

    /**
     * A unit's month as the document prints it: its report (null when not started), whether the caller may read its
     * texts (politicians: once approved), its helårsprognos as the units' cycle sums it, its figures, and whether its
     * deviation (of the month or to date, as printed) is negative.
     */
    record UnitMonth(
            Unit unit,
            @Nullable UnitReport report,
            boolean textsReadable,
            UnitsCycle cycle,
            Figures figures,
            boolean negative) {

        boolean approved() {
            return report != null && report.state() == ReportState.APPROVED;
        }

        /** The analysis the caller may read; empty when none is written or it is not readable. */
        String analysis() {
            return report == null || !textsReadable ? "" : report.analysis();
        }
    }

    private final Unit node;
    private final Period period;
    private final TemplateTexts texts;
    private final SummaryTables summaryTables;
    private final DeviationCharts charts;
    private final ForecastTable forecastTable;
    private final ActionsTable actionsTable;
    private final UnitAnalyses unitAnalyses;

    TjansteskrivelseBuilder(ReportTemplate template, Unit node, Period period, LocalDate date) {
        this.node = node;
        this.period = period;
        this.texts = new TemplateTexts(template, PhraseValues.of(node, period, date));
        this.summaryTables = new SummaryTables(texts);
        this.charts = new DeviationCharts(texts, period);
        this.forecastTable = new ForecastTable(texts, period);
        this.actionsTable = new ActionsTable(texts);
        this.unitAnalyses = new UnitAnalyses(texts);
    }

    /** The defaults of the texts the handläggare may change. */
    String defaultTitle() {
        return text("title.default");
    }

    String defaultProposal() {
        return text("proposal.default");
    }

    String defaultRecipients() {
        return text("recipients.default");
    }

    Tjansteskrivelse build(
            String kommun,
            Details details,
            FollowUpTable table,
            List<MonthFigures> frameMonths,
            List<UnitText> texts,
            List<ActionLine> actions) {
        return build(kommun, details, table, frameMonths, texts, actions, null, List.of());
    }

    /**
     * @param cycle  the units' months under each row of the table and its total (the helårsprognos section); null
     *               without it
     * @param months the units of the document, in the tree's order, each with its month: their analyses and
     *               forecasts, the negative ones under the åtgärder, and which were not approved
     */
    Tjansteskrivelse build(
            String kommun,
            Details details,
            FollowUpTable table,
            List<MonthFigures> frameMonths,
            List<UnitText> texts,
            List<ActionLine> actions,
            UnitsCycleService.@Nullable TableCycle cycle,
            List<UnitMonth> months) {
        Block.Fields header = new Block.Fields(
                null,
                List.of(
                        new Block.Field(text("header.date"), details.date().toString()),
                        new Block.Field(text("header.caseNumber"), details.caseNumber()),
                        new Block.Field(text("header.unit"), node.name()),
                        new Block.Field(text("header.chief"), details.chief()),
                        new Block.Field(text("header.officer"), details.officer())));
        Figures summary = SummaryTables.summaryFigures(table);
        return new Tjansteskrivelse(
                node.code(),
                period,
                kommun,
                text("document.kind"),
                header,
                details.title(),
                new Section(text("proposal.heading"), details.proposal()),
                new Section(text("summary.heading"), text("summary.text")),
                summaryTables.keyFigures(summary),
                SummaryTables.withinFrame(summary),
                summaryTables.frameSentence(summary),
                text("followup.heading"),
                followUp(texts),
                unitAnalyses.approvalNote(months),
                summaryTables.unitTable(table),
                charts.cumulativeChart(frameMonths),
                charts.deviationChart(table),
                ForecastTable.hasForecast(period) && cycle != null ? forecastTable.forecast(table, cycle) : null,
                text("analysis.heading"),
                unitAnalyses.analyses(months),
                text("actions.heading"),
                unitAnalyses.negativeUnits(months, actions),
                months.isEmpty() ? "" : text("negative.none"),
                actionsTable.of(actions),
                text("actions.none"),
                List.of(
                        new Section(text("political.heading"), text("political.text")),
                        new Section(text("preparation.heading"), text("preparation.text")),
                        new Section(text("consequence.heading"), text("consequence.text"))),
                new Section(text("basis.heading"), text("basis.text")),
                text("recipients.heading"),
                List.of(
                        new Section(text("recipients.knowledge"), details.forKnowledge()),
                        new Section(text("recipients.action"), details.forAction())),
                text("document.page"),
                "tjansteskrivelse-" + fileSafe(node.code().value()) + "-" + period);
    }

    /** The units' follow-up texts that are written, in the given order; without one the template's default. */
    private List<FollowUpEntry> followUp(List<UnitText> texts) {
        List<FollowUpEntry> entries = new ArrayList<>();
        for (UnitText t : texts) {
            if (!t.report().followUpText().isBlank()) {
                entries.add(new FollowUpEntry(
                        t.unit().name(),
                        t.report().followUpStatus() == null
                                ? null
                                : DocumentLabels.of(t.report().followUpStatus()),
                        t.report().followUpText(),
                        t.report().state() == ReportState.APPROVED ? null : text("followup.notApproved")));
            }
        }
        if (entries.isEmpty()) {
            entries.add(new FollowUpEntry(null, null, text("followup.default")));
        }
        return entries;
    }

    private String text(String key) {
        return texts.text(key);
    }

    private static String fileSafe(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
