package se.ekonomiuppfoljning.reports.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.PhraseValues;
import se.ekonomiuppfoljning.reports.Placeholder;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.reports.ReportTemplate;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse;

/**
 * The protokollsutdrag of one decision, in the seed's structure (Allmänna utskottet 2026-03-09 § 14): organ and
 * meeting date, "§ N" with the case's title, the diarienummer, the organ's decision, the frozen summary of the case
 * (Sammanfattning av ärendet, the figures, the frame sentence, Verksamhetsuppföljning, Beslutsunderlag) and who
 * receives the decision. Every phrase comes from the template.
 */
final class ProtokollsutdragBuilder {

    private ProtokollsutdragBuilder() {}

    static ReportDocument build(
            ReportTemplate template, Unit node, ReportCase reportCase, Decision decision, FrozenReport frozen) {
        Map<String, String> values = new LinkedHashMap<>(PhraseValues.of(node, reportCase.period(), decision.date()));
        String organ = template.text(decision.organ().nameKey());
        values.put(Placeholder.ORGAN.token(), organ);
        values.put(Placeholder.PARAGRAPH.token(), Integer.toString(decision.paragraph()));
        values.put(Placeholder.TITLE.token(), reportCase.title());
        values.put(Placeholder.CASE_NUMBER.token(), reportCase.caseNumber());
        values.put(Placeholder.MEETING_DATE.token(), decision.date().toString());

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Fields(
                null,
                List.of(
                        new Block.Field(template.format("excerpt.organ", values), organ),
                        new Block.Field(
                                template.format("excerpt.meetingDate", values),
                                decision.date().toString()),
                        new Block.Field(template.format("excerpt.caseNumber", values), reportCase.caseNumber()))));
        blocks.add(new Block.Heading(1, template.format("excerpt.paragraph", values)));
        blocks.add(new Block.Heading(2, template.format("excerpt.decision.heading", values)));
        Tjansteskrivelse.paragraphs(blocks, decision.text());
        blocks.addAll(frozen.excerpt().blocks());
        blocks.add(new Block.Heading(
                2,
                template.format(
                        decision.organ() == Organ.AU ? "excerpt.recipients.proposal" : "excerpt.recipients.decision",
                        values)));
        blocks.add(new Block.Heading(3, template.format("recipients.knowledge", values)));
        Tjansteskrivelse.paragraphs(blocks, orDash(reportCase.details().forKnowledge()));
        blocks.add(new Block.Heading(3, template.format("recipients.action", values)));
        Tjansteskrivelse.paragraphs(blocks, orDash(reportCase.details().forAction()));
        return new ReportDocument(
                frozen.document().kommun(),
                template.format("excerpt.kind", values),
                template.format("document.page", values),
                "protokollsutdrag-" + decision.organ().name() + "-"
                        + decision.date().getYear() + "-" + decision.paragraph(),
                blocks);
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
