package se.ekonomiuppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The content of a tjänsteskrivelse for a node and a period, in the seed's structure, every text final (numbers
 * formatted by the display rules, phrases from the {@link ReportTemplate}). {@link #toDocument()} lays it out as
 * blocks for the renderers.
 *
 * @param header        Datum, Diarienummer, Enhet/Verksamhet, Ansvarig chef, Handläggare
 * @param figures       the summary table: budget, redovisning, avvikelse and % of budget, each labelled as the
 *                      month's or to date, and the annual budget
 * @param withinFrame   whether the deviation to date, as printed, is not negative
 * @param frameSentence the sentence about the budget frame, chosen by {@code withinFrame}
 * @param followUp      the units' verksamhetsuppföljning; one entry without a unit (the default text) when no unit
 *                      wrote any
 * @param approvalNote  which units' months were not approved when the document was made (or that all were);
 *                      empty when the document lists no units
 * @param unitTable     the per-unit table with the total and the frame footnotes
 * @param forecast      the helårsprognos per unit and in total (and in December the year's outcome), in the reports
 *                      to kommunfullmäktige (March, August, December); {@code null} in the other months
 * @param analyses      per unit its helårsprognos and prognosavvikelse and the chief's ekonomisk analys (or why it
 *                      is not printed)
 * @param negativeUnits every unit with a negative deviation, whether its analysis is written and how many åtgärder
 *                      it has ("Analys saknas", "Ingen åtgärd"); {@code null} when no unit has one
 * @param noNegativeUnits the sentence printed when no unit has a negative deviation (empty without units)
 * @param actions       the åtgärder of units with a negative deviation; {@code null} when there are none
 * @param sections      the seed's fixed sections (politisk beredning, förvaltningens beredning, ekonomisk konsekvens)
 * @param recipients    "För kännedom" and "För åtgärd" with their receivers
 * @param pageLabel     the word before the page number
 */
public record Tjansteskrivelse(
        UnitCode node,
        Period period,
        String kommun,
        String kind,
        Block.Fields header,
        String title,
        Section proposal,
        Section summary,
        Block.Fields figures,
        boolean withinFrame,
        String frameSentence,
        String followUpHeading,
        List<FollowUpEntry> followUp,
        String approvalNote,
        Block.Table unitTable,
        Block.LineChart cumulativeChart,
        Block.BarChart deviationChart,
        @Nullable Forecast forecast,
        String analysisHeading,
        List<AnalysisEntry> analyses,
        String actionsHeading,
        Block.@Nullable Table negativeUnits,
        String noNegativeUnits,
        Block.@Nullable Table actions,
        String noActions,
        List<Section> sections,
        Section basis,
        String recipientsHeading,
        List<Section> recipients,
        String pageLabel,
        String fileBaseName) {

    public Tjansteskrivelse {
        followUp = List.copyOf(followUp);
        analyses = List.copyOf(analyses);
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
    }

    /** A heading with its text ({@code \n} line breaks, blank lines between paragraphs). */
    public record Section(String heading, String text) {}

    /** The helårsprognos section: its heading, its explanation, the table and its notes. */
    public record Forecast(String heading, String text, Block.Table table) {}

    /**
     * One unit's verksamhetsuppföljning: the unit's name and status (absent for the default text) and the text;
     * {@code note} marks a text of a month that was not approved ({@code null} when approved).
     */
    public record FollowUpEntry(
            @Nullable String unit,
            @Nullable String status,
            String text,
            @Nullable String note) {
        public FollowUpEntry(@Nullable String unit, @Nullable String status, String text) {
            this(unit, status, text, null);
        }
    }

    /** One unit's ekonomisk analys: its name (marked when the month is not approved), the forecast line, the text. */
    public record AnalysisEntry(String unit, String forecast, String text) {}

    /** The layout in the seed's order. */
    public ReportDocument toDocument() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(header);
        blocks.add(new Block.Heading(1, title));
        section(blocks, proposal);
        section(blocks, summary);
        blocks.add(figures);
        blocks.add(new Block.Paragraph(frameSentence));
        blocks.add(cumulativeChart);
        followUpSection(blocks);
        blocks.add(unitTable);
        if (forecast != null) {
            blocks.add(new Block.Heading(2, forecast.heading()));
            paragraphs(blocks, forecast.text());
            blocks.add(forecast.table());
        }
        blocks.add(deviationChart);
        if (!analyses.isEmpty()) {
            blocks.add(new Block.Heading(2, analysisHeading));
            for (AnalysisEntry entry : analyses) {
                blocks.add(new Block.Heading(3, entry.unit()));
                blocks.add(new Block.Paragraph(entry.forecast()));
                paragraphs(blocks, entry.text());
            }
        }
        blocks.add(new Block.Heading(2, actionsHeading));
        if (negativeUnits != null) {
            blocks.add(negativeUnits);
        }
        if (actions != null) {
            blocks.add(actions);
        } else if (negativeUnits == null && !noNegativeUnits.isBlank()) {
            blocks.add(new Block.Paragraph(noNegativeUnits));
        } else {
            blocks.add(new Block.Paragraph(noActions));
        }
        sections.forEach(s -> section(blocks, s));
        section(blocks, basis);
        blocks.add(new Block.Heading(2, recipientsHeading));
        for (Section recipient : recipients) {
            blocks.add(new Block.Heading(3, recipient.heading()));
            paragraphs(blocks, recipient.text());
        }
        return new ReportDocument(kommun, kind, pageLabel, fileBaseName, blocks);
    }

    /** Verksamhetsuppföljning: a heading per unit (with its status) over the unit's text. */
    private void followUpSection(List<Block> blocks) {
        blocks.add(new Block.Heading(2, followUpHeading));
        if (!approvalNote.isBlank()) {
            blocks.add(new Block.Paragraph(approvalNote));
        }
        for (FollowUpEntry entry : followUp) {
            if (entry.unit() != null) {
                String heading = entry.status() == null ? entry.unit() : entry.unit() + " \u2013 " + entry.status();
                blocks.add(new Block.Heading(3, entry.note() == null ? heading : heading + " (" + entry.note() + ")"));
            }
            paragraphs(blocks, entry.text());
        }
    }

    /**
     * The part a protokollsutdrag quotes, as in the seed: Sammanfattning av ärendet with the summary figures and the
     * frame sentence, the Verksamhetsuppföljning, and the Beslutsunderlag.
     */
    public List<Block> excerptBlocks() {
        List<Block> blocks = new ArrayList<>();
        section(blocks, summary);
        blocks.add(figures);
        blocks.add(new Block.Paragraph(frameSentence));
        followUpSection(blocks);
        section(blocks, basis);
        return blocks;
    }

    private static void section(List<Block> blocks, Section section) {
        blocks.add(new Block.Heading(2, section.heading()));
        paragraphs(blocks, section.text());
    }

    /** A text's paragraphs (split at blank lines); single line breaks stay inside a paragraph. */
    public static void paragraphs(List<Block> blocks, String text) {
        for (String paragraph : text.split("\n[ \t]*\n")) {
            String trimmed = paragraph.strip();
            if (!trimmed.isEmpty()) {
                blocks.add(new Block.Paragraph(trimmed));
            }
        }
    }
}
