package se.ekonomiuppfoljning.briefing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.reports.cases.FigureChange;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/**
 * A case on a meeting's agenda as a briefing: the summary figures and the two charts as its tjänsteskrivelse holds
 * them (frozen once sent, so they are the papers' figures), its units with a negative deviation first (largest
 * first) and then the others, the figures that changed since the report was frozen, and what is new to the caller.
 */
public record CaseBriefing(
        ReportCase reportCase,
        ReportDocument document,
        Block.@Nullable Fields summary,
        List<Block.Chart> charts,
        List<UnitBriefing> negative,
        List<UnitBriefing> others,
        List<FigureChange> changes,
        NewSince newSince) {

    public CaseBriefing {
        charts = List.copyOf(charts);
        negative = List.copyOf(negative);
        others = List.copyOf(others);
        changes = List.copyOf(changes);
    }

    /** The summary block of a tjänsteskrivelse: the first label–value block after its title. */
    static Block.@Nullable Fields summaryOf(ReportDocument document) {
        boolean titled = false;
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h && h.level() == 1) {
                titled = true;
            } else if (titled && block instanceof Block.Fields fields) {
                return fields;
            }
        }
        return null;
    }

    static List<Block.Chart> chartsOf(ReportDocument document) {
        return document.blocks().stream()
                .filter(Block.Chart.class::isInstance)
                .map(Block.Chart.class::cast)
                .toList();
    }
}
