package se.ekonomiuppfoljning.persistence.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The unit reports in {@code unit_report}. An update names the version it replaces ({@code WHERE version =
 * :expected}); no row changed means somebody else saved first, and the service refuses the stale edit.
 */
@Repository
class JdbcUnitReportRepository implements UnitReportRepository {

    private static final String COLUMNS = """
            unit_code, period_year, period_month, state, follow_up_status, follow_up_text, analysis, forecast,
            review_comment, updated_by, updated_at, version, written_by""";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcUnitReportRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UnitReport> find(UnitCode unit, Period period) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + """
                         FROM unit_report
                        WHERE unit_code = :unit AND period_year = :year AND period_month = :month""",
                        new MapSqlParameterSource("unit", unit.value())
                                .addValue("year", period.year())
                                .addValue("month", period.month()),
                        (rs, i) -> report(rs))
                .stream()
                .findFirst();
    }

    @Override
    public List<UnitReport> findAll(Set<UnitCode> units, Period period) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + COLUMNS + """
                         FROM unit_report
                        WHERE period_year = :year AND period_month = :month AND unit_code IN (:units)
                        ORDER BY unit_code""",
                new MapSqlParameterSource(
                                "units", units.stream().map(UnitCode::value).toList())
                        .addValue("year", period.year())
                        .addValue("month", period.month()),
                (rs, i) -> report(rs));
    }

    @Override
    public List<UnitReport> findInState(Set<UnitCode> units, ReportState state) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + COLUMNS + """
                         FROM unit_report
                        WHERE state = :state AND unit_code IN (:units)
                        ORDER BY period_year, period_month, unit_code""",
                new MapSqlParameterSource(
                                "units", units.stream().map(UnitCode::value).toList())
                        .addValue("state", state.name()),
                (rs, i) -> report(rs));
    }

    @Override
    public boolean insert(UnitReport report) {
        try {
            jdbc.update("INSERT INTO unit_report (" + COLUMNS + """
                    ) VALUES (:unit, :year, :month, :state, :status, :followUpText, :analysis, :forecast,
                              :comment, :updatedBy, :updatedAt, :version, :writtenBy)""", parameters(report));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean update(UnitReport report, long expectedVersion) {
        return jdbc.update("""
                UPDATE unit_report
                   SET state = :state, follow_up_status = :status, follow_up_text = :followUpText,
                       analysis = :analysis, forecast = :forecast, review_comment = :comment,
                       updated_by = :updatedBy, updated_at = :updatedAt, version = :version,
                       written_by = :writtenBy
                 WHERE unit_code = :unit AND period_year = :year AND period_month = :month
                   AND version = :expected""", parameters(report).addValue("expected", expectedVersion)) == 1;
    }

    private static MapSqlParameterSource parameters(UnitReport r) {
        return new MapSqlParameterSource("unit", r.unit().value())
                .addValue("year", r.period().year())
                .addValue("month", r.period().month())
                .addValue("state", r.state().name())
                .addValue(
                        "status",
                        r.followUpStatus() == null ? null : r.followUpStatus().name())
                .addValue("followUpText", r.followUpText())
                .addValue("analysis", r.analysis())
                .addValue("forecast", r.forecast())
                .addValue("comment", r.reviewComment())
                .addValue("updatedBy", r.updatedBy())
                .addValue("updatedAt", LocalDateTime.ofInstant(r.updatedAt(), ZoneOffset.UTC))
                .addValue("version", r.version())
                .addValue("writtenBy", r.writtenBy());
    }

    private static UnitReport report(ResultSet rs) throws SQLException {
        String status = rs.getString("follow_up_status");
        return new UnitReport(
                UnitCode.of(rs.getString("unit_code")),
                new Period(rs.getInt("period_year"), rs.getInt("period_month")),
                ReportState.valueOf(rs.getString("state")),
                status == null ? null : FollowUpStatus.valueOf(status),
                rs.getString("follow_up_text"),
                rs.getString("analysis"),
                rs.getBigDecimal("forecast"),
                rs.getString("review_comment"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getLong("version"),
                rs.getString("written_by"));
    }
}
