package se.ekonomiuppfoljning.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.reports.TjansteskrivelseBuilder.ActionLine;

/** The tjänsteskrivelse's table of åtgärder: a row per åtgärd with its unit, level, status and expected effect. */
final class ActionsTable {

    private final TemplateTexts texts;

    ActionsTable(TemplateTexts texts) {
        this.texts = texts;
    }

    /** The table, or null without åtgärder (the document then prints the template's "none" sentence). */
    Block.@Nullable Table of(List<ActionLine> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        List<Block.Column> columns = List.of(
                new Block.Column(texts.text("actions.unit"), false, 1.6f),
                new Block.Column(texts.text("actions.what"), false, 3.4f),
                new Block.Column(texts.text("actions.level"), false, 1.3f),
                new Block.Column(texts.text("actions.status"), false, 1.1f),
                new Block.Column(texts.text("actions.effect"), true, 1.1f));
        List<Block.Row> rows = actions.stream()
                .map(line -> Block.Row.of(List.of(
                        line.unit().name(),
                        line.action().what(),
                        DocumentLabels.of(line.action().decisionLevel()),
                        DocumentLabels.of(line.action().status()),
                        SwedishFormat.tkr(line.action().expectedEffect()))))
                .toList();
        return new Block.Table(texts.text("actions.caption"), columns, rows, null, List.of());
    }
}
