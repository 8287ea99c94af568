package se.ekonomiuppfoljning.persistence.reports;

import static se.ekonomiuppfoljning.persistence.reports.SqlTime.instant;
import static se.ekonomiuppfoljning.persistence.reports.SqlTime.utc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.cases.FrozenReport;

/**
 * A sent case's frozen report: the documents as JSON ({@code report_case_snapshot}) and the table's figures in
 * kronor, a row per position ({@code report_case_figures}).
 */
final class CaseSnapshots {

    private final NamedParameterJdbcTemplate jdbc;

    CaseSnapshots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long caseId, FrozenReport frozen) {
        jdbc.update(
                """
                INSERT INTO report_case_snapshot (case_id, document_json, excerpt_json, frozen_at, frozen_by)
                VALUES (:caseId, :document, :excerpt, :at, :by)""",
                new MapSqlParameterSource("caseId", caseId)
                        .addValue("document", ReportDocumentJson.write(frozen.document()))
                        .addValue("excerpt", ReportDocumentJson.write(frozen.excerpt()))
                        .addValue("at", utc(frozen.frozenAt()))
                        .addValue("by", frozen.frozenBy()));
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < frozen.rows().size(); i++) {
            FrozenReport.Row row = frozen.rows().get(i);
            Figures f = row.figures();
            rows.add(new MapSqlParameterSource("caseId", caseId)
                    .addValue("position", i)
                    .addValue("unit", row.unit() == null ? null : row.unit().value())
                    .addValue("name", row.name())
                    .addValue("monthBudget", f.monthBudget())
                    .addValue("monthActual", f.monthActual())
                    .addValue("annualBudget", f.annualBudget())
                    .addValue("ytdBudget", f.ytdBudget())
                    .addValue("ytdActual", f.ytdActual()));
        }
        jdbc.batchUpdate("""
                INSERT INTO report_case_figures (case_id, position, unit_code, name, month_budget, month_actual,
                                                 annual_budget, ytd_budget, ytd_actual)
                VALUES (:caseId, :position, :unit, :name, :monthBudget, :monthActual, :annualBudget, :ytdBudget,
                        :ytdActual)""", rows.toArray(MapSqlParameterSource[]::new));
    }

    Optional<FrozenReport> find(long caseId) {
        MapSqlParameterSource id = new MapSqlParameterSource("caseId", caseId);
        List<FrozenReport.Row> rows = jdbc.query(
                """
                SELECT unit_code, name, month_budget, month_actual, annual_budget, ytd_budget, ytd_actual
                  FROM report_case_figures WHERE case_id = :caseId ORDER BY position""",
                id,
                (rs, i) -> new FrozenReport.Row(
                        rs.getString(1) == null ? null : UnitCode.of(rs.getString(1)),
                        rs.getString(2),
                        new Figures(
                                rs.getBigDecimal(3),
                                rs.getBigDecimal(4),
                                rs.getBigDecimal(5),
                                rs.getBigDecimal(6),
                                rs.getBigDecimal(7))));
        return jdbc
                .query(
                        """
                SELECT document_json, excerpt_json, frozen_at, frozen_by FROM report_case_snapshot
                 WHERE case_id = :caseId""",
                        id,
                        (rs, i) -> new FrozenReport(
                                ReportDocumentJson.read(rs.getString(1)),
                                ReportDocumentJson.read(rs.getString(2)),
                                rows,
                                instant(rs, 3),
                                rs.getString(4)))
                .stream()
                .findFirst();
    }
}
