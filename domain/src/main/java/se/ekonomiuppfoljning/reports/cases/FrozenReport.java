package se.ekonomiuppfoljning.reports.cases;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.ReportDocument;

/**
 * What a case keeps when it is sent to its first meeting: the tjänsteskrivelse's content as blocks (rendered
 * unchanged ever after), the part a protokollsutdrag quotes, and the raw figures in kronor of every listed unit and
 * the total, to compare with the live figures.
 */
public record FrozenReport(
        ReportDocument document, ReportDocument excerpt, List<Row> rows, Instant frozenAt, String frozenBy) {

    public FrozenReport {
        rows = List.copyOf(rows);
    }

    /** A listed unit's figures, or the total's ({@code unit} null), with the name as printed. */
    public record Row(@Nullable UnitCode unit, String name, Figures figures) {}
}
