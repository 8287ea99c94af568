package se.ekonomiuppfoljning.persistence.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.cases.CaseRepository;
import se.ekonomiuppfoljning.reports.cases.CaseStage;
import se.ekonomiuppfoljning.reports.cases.Decision;
import se.ekonomiuppfoljning.reports.cases.FrozenReport;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/**
 * The cases in {@code report_case} with their decisions ({@code report_case_decision}, § unique per organ and
 * year by a key), the frozen documents as JSON ({@code report_case_snapshot}) and figures in kronor
 * ({@code report_case_figures}), and the kommun's diarienummer pattern ({@code case_settings}). An update names the
 * version it replaces.
 */
@Repository
class JdbcCaseRepository implements CaseRepository {

    private static final String COLUMNS = """
            id, unit_code, period_year, period_month, case_number, title, officer, chief, case_date, proposal,
            for_knowledge, for_action, stage, au_meeting, ks_meeting, kf_meeting, frozen_at, created_by, created_at,
            updated_by, updated_at, version""";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCaseRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReportCase> find(long id) {
        List<ReportCase> found = query("WHERE id = :id", new MapSqlParameterSource("id", id));
        return found.stream().findFirst();
    }

    @Override
    public List<ReportCase> findByNodes(Collection<UnitCode> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        return query(
                "WHERE unit_code IN (:units) ORDER BY period_year DESC, period_month DESC, id",
                new MapSqlParameterSource(
                        "units", nodes.stream().map(UnitCode::value).toList()));
    }

    private List<ReportCase> query(String where, MapSqlParameterSource parameters) {
        List<Row> rows = jdbc.query("SELECT " + COLUMNS + " FROM report_case " + where, parameters, (rs, i) -> row(rs));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Decision>> decisions = new HashMap<>();
        jdbc.query(
                """
                SELECT case_id, organ, decision_date, paragraph, decision_text, recorded_by, recorded_at
                  FROM report_case_decision WHERE case_id IN (:ids) ORDER BY decision_date, id""",
                new MapSqlParameterSource("ids", rows.stream().map(r -> r.id).toList()),
                rs -> {
                    decisions
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Decision(
                                    Organ.valueOf(rs.getString(2)),
                                    rs.getObject(3, LocalDate.class),
                                    rs.getInt(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    instant(rs, 7)));
                });
        return rows.stream()
                .map(r -> r.toCase(decisions.getOrDefault(r.id, List.of())))
                .toList();
    }

    @Override
    public ReportCase insert(ReportCase c) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                "INSERT INTO report_case (" + COLUMNS.replace("id, ", "") + """
                ) VALUES (:unit, :year, :month, :caseNumber, :title, :officer, :chief, :caseDate, :proposal,
                          :forKnowledge, :forAction, :stage, :au, :ks, :kf, :frozenAt, :createdBy, :createdAt,
                          :updatedBy, :updatedAt, :version)""", parameters(c), keys, new String[] {"id"
                });
        long id = keys.getKey().longValue();
        return new ReportCase(
                id,
                c.node(),
                c.period(),
                c.details(),
                c.stage(),
                c.meetings(),
                c.decisions(),
                c.frozenAt(),
                c.createdBy(),
                c.createdAt(),
                c.updatedBy(),
                c.updatedAt(),
                c.version());
    }

    @Override
    public boolean update(ReportCase c, long expectedVersion) {
        return jdbc.update("""
                UPDATE report_case
                   SET case_number = :caseNumber, title = :title, officer = :officer, chief = :chief,
                       case_date = :caseDate, proposal = :proposal, for_knowledge = :forKnowledge,
                       for_action = :forAction, stage = :stage, au_meeting = :au, ks_meeting = :ks, kf_meeting = :kf,
                       frozen_at = :frozenAt, updated_by = :updatedBy, updated_at = :updatedAt, version = :version
                 WHERE id = :id AND version = :expected""", parameters(c).addValue("id", c.id()).addValue("expected", expectedVersion)) == 1;
    }

    @Override
    public boolean addDecision(long caseId, Decision d) {
        try {
            jdbc.update(
                    """
                    INSERT INTO report_case_decision (case_id, organ, decision_year, paragraph, decision_date,
                                                      decision_text, recorded_by, recorded_at)
                    VALUES (:caseId, :organ, :year, :paragraph, :date, :text, :by, :at)""",
                    new MapSqlParameterSource("caseId", caseId)
                            .addValue("organ", d.organ().name())
                            .addValue("year", d.date().getYear())
                            .addValue("paragraph", d.paragraph())
                            .addValue("date", d.date())
                            .addValue("text", d.text())
                            .addValue("by", d.recordedBy())
                            .addValue("at", utc(d.recordedAt())));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public OptionalInt highestParagraph(Organ organ, int year) {
        Integer max = jdbc.queryForObject(
                """
                SELECT MAX(paragraph) FROM report_case_decision WHERE organ = :organ AND decision_year = :year""", new MapSqlParameterSource("organ", organ.name()).addValue("year", year), Integer.class);
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    @Override
    public void saveFrozen(long caseId, FrozenReport frozen) {
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

    @Override
    public Optional<FrozenReport> frozen(long caseId) {
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

    @Override
    public Optional<String> caseNumberPattern() {
        return jdbc
                .queryForList("SELECT case_number_pattern FROM case_settings WHERE id = 1", Map.of(), String.class)
                .stream()
                .findFirst();
    }

    @Override
    public void saveCaseNumberPattern(@Nullable String pattern, String username, Instant at) {
        if (pattern == null) {
            jdbc.update("DELETE FROM case_settings WHERE id = 1", Map.of());
            return;
        }
        jdbc.update(
                """
                INSERT INTO case_settings (id, case_number_pattern, updated_by, updated_at)
                VALUES (1, :pattern, :by, :at)
                ON DUPLICATE KEY UPDATE case_number_pattern = VALUES(case_number_pattern),
                                        updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""",
                new MapSqlParameterSource("pattern", pattern)
                        .addValue("by", username)
                        .addValue("at", utc(at)));
    }

    private static MapSqlParameterSource parameters(ReportCase c) {
        CaseDetails d = c.details();
        return new MapSqlParameterSource("unit", c.node().value())
                .addValue("year", c.period().year())
                .addValue("month", c.period().month())
                .addValue("caseNumber", text(d.caseNumber()))
                .addValue("title", text(d.title()))
                .addValue("officer", text(d.officer()))
                .addValue("chief", text(d.chief()))
                .addValue("caseDate", d.date())
                .addValue("proposal", text(d.proposal()))
                .addValue("forKnowledge", text(d.forKnowledge()))
                .addValue("forAction", text(d.forAction()))
                .addValue("stage", c.stage().name())
                .addValue("au", c.meetings().get(Organ.AU))
                .addValue("ks", c.meetings().get(Organ.KS))
                .addValue("kf", c.meetings().get(Organ.KF))
                .addValue("frozenAt", c.frozenAt() == null ? null : utc(c.frozenAt()))
                .addValue("createdBy", c.createdBy())
                .addValue("createdAt", utc(c.createdAt()))
                .addValue("updatedBy", c.updatedBy())
                .addValue("updatedAt", utc(c.updatedAt()))
                .addValue("version", c.version());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant optionalInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs) throws SQLException {
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        for (Organ organ : Organ.values()) {
            LocalDate date = rs.getObject(organ.name().toLowerCase(Locale.ROOT) + "_meeting", LocalDate.class);
            if (date != null) {
                meetings.put(organ, date);
            }
        }
        return new Row(
                rs.getLong("id"),
                UnitCode.of(rs.getString("unit_code")),
                new Period(rs.getInt("period_year"), rs.getInt("period_month")),
                new CaseDetails(
                        rs.getString("case_number"),
                        rs.getString("title"),
                        rs.getString("officer"),
                        rs.getString("chief"),
                        rs.getObject("case_date", LocalDate.class),
                        rs.getString("proposal"),
                        rs.getString("for_knowledge"),
                        rs.getString("for_action")),
                CaseStage.valueOf(rs.getString("stage")),
                meetings,
                optionalInstant(rs, "frozen_at"),
                rs.getString("created_by"),
                instant(rs, rs.findColumn("created_at")),
                rs.getString("updated_by"),
                instant(rs, rs.findColumn("updated_at")),
                rs.getLong("version"));
    }

    /** A case's row before its decisions are attached. */
    private record Row(
            long id,
            UnitCode node,
            Period period,
            CaseDetails details,
            CaseStage stage,
            Map<Organ, LocalDate> meetings,
            @Nullable Instant frozenAt,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt,
            long version) {
        ReportCase toCase(List<Decision> decisions) {
            return new ReportCase(
                    id, node, period, details, stage, meetings, decisions, frozenAt, createdBy, createdAt, updatedBy,
                    updatedAt, version);
        }
    }
}
