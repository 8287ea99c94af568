package se.ekonomiuppfoljning.persistence.reports;

import static se.ekonomiuppfoljning.persistence.reports.SqlTime.instant;
import static se.ekonomiuppfoljning.persistence.reports.SqlTime.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.ekonomiuppfoljning.reports.cases.Decision;
import se.ekonomiuppfoljning.reports.cases.Organ;

/** The cases' decisions in {@code report_case_decision}: a § is unique per organ and year by the table's key. */
final class CaseDecisions {

    private final NamedParameterJdbcTemplate jdbc;

    CaseDecisions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The decisions of the cases, by case, each case's in the order they were taken. */
    Map<Long, List<Decision>> byCase(List<Long> caseIds) {
        Map<Long, List<Decision>> decisions = new HashMap<>();
        jdbc.query("""
                SELECT case_id, organ, decision_date, paragraph, decision_text, recorded_by, recorded_at
                  FROM report_case_decision WHERE case_id IN (:ids) ORDER BY decision_date, id""", new MapSqlParameterSource("ids", caseIds), rs -> {
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
        return decisions;
    }

    /** False when the organ has used the § in the decision's year already. */
    boolean add(long caseId, Decision d) {
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

    OptionalInt highestParagraph(Organ organ, int year) {
        Integer max = jdbc.queryForObject(
                """
                SELECT MAX(paragraph) FROM report_case_decision WHERE organ = :organ AND decision_year = :year""", new MapSqlParameterSource("organ", organ.name()).addValue("year", year), Integer.class);
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /** False when the organ has used the corrected § in the decision's year for another case. */
    boolean replace(long caseId, Decision d) {
        try {
            return jdbc.update(
                            """
                            UPDATE report_case_decision
                               SET decision_year = :year, paragraph = :paragraph, decision_date = :date,
                                   decision_text = :text, recorded_by = :by, recorded_at = :at
                             WHERE case_id = :caseId AND organ = :organ""",
                            new MapSqlParameterSource("caseId", caseId)
                                    .addValue("organ", d.organ().name())
                                    .addValue("year", d.date().getYear())
                                    .addValue("paragraph", d.paragraph())
                                    .addValue("date", d.date())
                                    .addValue("text", d.text())
                                    .addValue("by", d.recordedBy())
                                    .addValue("at", utc(d.recordedAt())))
                    == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    OptionalInt nextParagraph(Organ organ, int year) {
        List<Integer> next = jdbc.queryForList(
                """
                SELECT next_paragraph FROM paragraph_numbering WHERE organ = :organ AND numbering_year = :year""", new MapSqlParameterSource("organ", organ.name()).addValue("year", year), Integer.class);
        return next.isEmpty() ? OptionalInt.empty() : OptionalInt.of(next.get(0));
    }

    void saveNextParagraph(Organ organ, int year, int next, String username, Instant at) {
        jdbc.update(
                """
                INSERT INTO paragraph_numbering (organ, numbering_year, next_paragraph, updated_by, updated_at)
                VALUES (:organ, :year, :next, :by, :at)
                ON DUPLICATE KEY UPDATE next_paragraph = VALUES(next_paragraph), updated_by = VALUES(updated_by),
                                        updated_at = VALUES(updated_at)""",
                new MapSqlParameterSource("organ", organ.name())
                        .addValue("year", year)
                        .addValue("next", next)
                        .addValue("by", username)
                        .addValue("at", utc(at)));
    }
}
