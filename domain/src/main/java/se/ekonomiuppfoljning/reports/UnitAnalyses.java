package se.ekonomiuppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse.AnalysisEntry;
import se.ekonomiuppfoljning.reports.TjansteskrivelseBuilder.ActionLine;
import se.ekonomiuppfoljning.reports.TjansteskrivelseBuilder.UnitMonth;

/**
 * What the chief wrote about the money, per unit: the ekonomisk analys with the unit's helårsprognos and
 * prognosavvikelse (as the units' cycle sums them), the table of every unit with a negative deviation (whether its
 * analysis is written, how many åtgärder it has), and the sentence naming the units whose month was not approved
 * when the document was made. A text of a month not approved is printed only to a reader who may read it, marked.
 */
final class UnitAnalyses {

    private final TemplateTexts texts;

    UnitAnalyses(TemplateTexts texts) {
        this.texts = texts;
    }

    /** Which units' months were not approved; empty without units. */
    String approvalNote(List<UnitMonth> months) {
        if (months.isEmpty()) {
            return "";
        }
        List<String> notApproved = months.stream()
                .filter(m -> !m.approved())
                .map(m -> m.unit().name())
                .toList();
        if (notApproved.isEmpty()) {
            return texts.text("months.allApproved");
        }
        return texts.text("months.notApproved", Map.of(Placeholder.UNITS.token(), String.join(", ", notApproved)));
    }

    /** Each unit's forecast line and analysis (or why there is none), in the given order. */
    List<AnalysisEntry> analyses(List<UnitMonth> months) {
        List<AnalysisEntry> entries = new ArrayList<>();
        for (UnitMonth month : months) {
            String heading = month.unit().name();
            String text;
            if (!month.textsReadable()) {
                text = texts.text("analysis.withheld");
            } else if (month.analysis().isBlank()) {
                text = month.negative() ? texts.text("analysis.missing") : "";
            } else {
                text = month.analysis();
            }
            if (month.textsReadable() && !month.analysis().isBlank() && !month.approved()) {
                heading = heading + " (" + texts.text("followup.notApproved") + ")";
            }
            entries.add(new AnalysisEntry(heading, forecastLine(month), text));
        }
        return entries;
    }

    private String forecastLine(UnitMonth month) {
        return texts.text(
                month.cycle().anyProposal() ? "analysis.forecast.proposal" : "analysis.forecast",
                Map.of(
                        Placeholder.FORECAST.token(),
                        SwedishFormat.tkr(month.cycle().forecast()),
                        Placeholder.DEVIATION.token(),
                        SwedishFormat.tkr(month.cycle().forecastDeviation())));
    }

    /** Every unit with a negative deviation, with its analysis and åtgärder; null when no unit has one. */
    Block.@Nullable Table negativeUnits(List<UnitMonth> months, List<ActionLine> actions) {
        List<Block.Row> rows = new ArrayList<>();
        for (UnitMonth month : months) {
            if (!month.negative()) {
                continue;
            }
            long count = actions.stream()
                    .filter(a -> a.unit().code().equals(month.unit().code()))
                    .count();
            String monthDeviation = SwedishFormat.tkr(month.figures().monthDeviation());
            String ytdDeviation = SwedishFormat.tkr(month.figures().ytdDeviation());
            rows.add(new Block.Row(
                    List.of(
                            month.unit().name(),
                            monthDeviation,
                            ytdDeviation,
                            analysisCell(month),
                            actionsCell(month, count)),
                    List.of(
                            false,
                            SwedishFormat.toTkr(month.figures().monthDeviation())
                                            .signum()
                                    < 0,
                            SwedishFormat.toTkr(month.figures().ytdDeviation()).signum() < 0,
                            false,
                            false)));
        }
        if (rows.isEmpty()) {
            return null;
        }
        List<Block.Column> columns = List.of(
                new Block.Column(texts.text("negative.unit"), false, 2.2f),
                new Block.Column(texts.text("negative.monthDeviation"), true, 1.1f),
                new Block.Column(texts.text("negative.ytdDeviation"), true, 1.2f),
                new Block.Column(texts.text("negative.analysis"), false, 1.6f),
                new Block.Column(texts.text("negative.actions"), false, 1.3f));
        return new Block.Table(texts.text("negative.caption"), columns, rows, null, List.of());
    }

    private String analysisCell(UnitMonth month) {
        if (!month.textsReadable()) {
            return texts.text("negative.analysis.notApproved");
        }
        if (month.analysis().isBlank()) {
            return texts.text("negative.analysis.missing");
        }
        return texts.text(month.approved() ? "negative.analysis.written" : "negative.analysis.writtenNotApproved");
    }

    private String actionsCell(UnitMonth month, long count) {
        if (count == 0) {
            return texts.text(month.textsReadable() ? "negative.actions.none" : "negative.analysis.notApproved");
        }
        return texts.text(
                count == 1 ? "negative.actions.one" : "negative.actions.many",
                Map.of(Placeholder.COUNT.token(), Long.toString(count)));
    }
}
