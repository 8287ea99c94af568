package se.ekonomiuppfoljning.persistence.reports;

import static se.ekonomiuppfoljning.persistence.reports.SqlTime.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.cases.CaseRepository;
import se.ekonomiuppfoljning.reports.cases.Decision;
import se.ekonomiuppfoljning.reports.cases.FrozenReport;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/**
 * The cases in {@code report_case} ({@link CaseRows}) with their decisions ({@link CaseDecisions}), the frozen
 * documents and figures ({@link CaseSnapshots}), and the kommun's diarienummer pattern ({@code case_settings}). An
 * update names the version it replaces.
 */
@Repository
class JdbcCaseRepository implements CaseRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseDecisions decisions;
    private final CaseSnapshots snapshots;

    JdbcCaseRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.decisions = new CaseDecisions(jdbc);
        this.snapshots = new CaseSnapshots(jdbc);
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
        List<ReportCase> rows = jdbc.query(
                "SELECT " + CaseRows.COLUMNS + " FROM report_case " + where, parameters, (rs, i) -> CaseRows.row(rs));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Decision>> byCase =
                decisions.byCase(rows.stream().map(ReportCase::id).toList());
        return rows.stream()
                .map(c -> CaseRows.copy(c, c.id(), byCase.getOrDefault(c.id(), List.of())))
                .toList();
    }

    @Override
    public ReportCase insert(ReportCase c) {
        // the next edition of the node and period; a concurrent new version of the same case takes it first at most
        // a few times, so the insert is tried again with the edition after it
        for (int attempt = 1; ; attempt++) {
            try {
                return insertAs(
                        c,
                        "(SELECT COALESCE(MAX(e.edition), 0) + 1 FROM report_case e"
                                + " WHERE e.unit_code = :unit AND e.period_year = :year AND e.period_month = :month)");
            } catch (DuplicateKeyException taken) {
                if (attempt == 3) {
                    throw taken;
                }
            }
        }
    }

    @Override
    public Optional<ReportCase> insertFirst(ReportCase c) {
        try {
            return Optional.of(insertAs(c, "1"));
        } catch (DuplicateKeyException exists) {
            return Optional.empty();
        }
    }

    /** Inserts the case with the edition that the SQL expression gives (unique per node and period). */
    private ReportCase insertAs(ReportCase c, String edition) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                "INSERT INTO report_case (" + CaseRows.COLUMNS.replace("id, ", "") + ", edition" + """
                ) SELECT :unit, :year, :month, :caseNumber, :title, :officer, :chief, :caseDate, :proposal,
                          :forKnowledge, :forAction, :stage, :au, :ks, :kf, :frozenAt, :createdBy, :createdAt,
                          :updatedBy, :updatedAt, :version, """ + edition,
                CaseRows.parameters(c),
                keys,
                new String[] {"id"});
        long id = keys.getKey().longValue();
        return CaseRows.copy(c, id, c.decisions());
    }

    @Override
    public boolean update(ReportCase c, long expectedVersion) {
        return jdbc.update("""
                UPDATE report_case
                   SET case_number = :caseNumber, title = :title, officer = :officer, chief = :chief,
                       case_date = :caseDate, proposal = :proposal, for_knowledge = :forKnowledge,
                       for_action = :forAction, stage = :stage, au_meeting = :au, ks_meeting = :ks, kf_meeting = :kf,
                       frozen_at = :frozenAt, updated_by = :updatedBy, updated_at = :updatedAt, version = :version
                 WHERE id = :id AND version = :expected""", CaseRows.parameters(c).addValue("id", c.id()).addValue("expected", expectedVersion))
                == 1;
    }

    @Override
    public boolean addDecision(long caseId, Decision d) {
        return decisions.add(caseId, d);
    }

    @Override
    public OptionalInt highestParagraph(Organ organ, int year) {
        return decisions.highestParagraph(organ, year);
    }

    @Override
    public boolean replaceDecision(long caseId, Decision d) {
        return decisions.replace(caseId, d);
    }

    @Override
    public OptionalInt nextParagraph(Organ organ, int year) {
        return decisions.nextParagraph(organ, year);
    }

    @Override
    public void saveNextParagraph(Organ organ, int year, int next, String username, Instant at) {
        decisions.saveNextParagraph(organ, year, next, username, at);
    }

    @Override
    public void saveFrozen(long caseId, FrozenReport frozen) {
        snapshots.save(caseId, frozen);
    }

    @Override
    public Optional<FrozenReport> frozen(long caseId) {
        return snapshots.find(caseId);
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
}
