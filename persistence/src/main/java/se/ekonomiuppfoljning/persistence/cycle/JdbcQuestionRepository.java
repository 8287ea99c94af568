package se.ekonomiuppfoljning.persistence.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;

@Repository
class JdbcQuestionRepository implements QuestionRepository {

    /** The question's columns and the display names of who asked and answered (the user name where none is stored). */
    private static final String COLUMNS = "q.id, q.unit_code, q.period_year, q.period_month, q.question, q.asked_by,"
            + " q.asked_at, q.answer, q.answered_by, q.answered_at,"
            + " COALESCE(asker.display_name, q.asked_by) AS asked_by_name,"
            + " COALESCE(answerer.display_name, q.answered_by) AS answered_by_name"
            + " FROM unit_question q"
            + " LEFT JOIN app_user asker ON asker.username = q.asked_by"
            + " LEFT JOIN app_user answerer ON answerer.username = q.answered_by";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcQuestionRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Question add(UnitCode unit, Period period, String text, String askedBy, Instant askedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                INSERT INTO unit_question (unit_code, period_year, period_month, question, asked_by, asked_at)
                VALUES (:unit, :year, :month, :text, :by, :at)
                """,
                new MapSqlParameterSource()
                        .addValue("unit", unit.value())
                        .addValue("year", period.year())
                        .addValue("month", period.month())
                        .addValue("text", text)
                        .addValue("by", askedBy)
                        .addValue("at", Timestamp.from(askedAt)),
                key,
                new String[] {"id"});
        return find(key.getKey().longValue()).orElseThrow();
    }

    @Override
    public boolean answer(long id, String answer, String answeredBy, Instant answeredAt) {
        return jdbc.update(
                        """
                UPDATE unit_question SET answer = :answer, answered_by = :by, answered_at = :at
                WHERE id = :id AND answer IS NULL
                """,
                        new MapSqlParameterSource()
                                .addValue("answer", answer)
                                .addValue("by", answeredBy)
                                .addValue("at", Timestamp.from(answeredAt))
                                .addValue("id", id))
                == 1;
    }

    @Override
    public boolean changeText(long id, String text) {
        return jdbc.update(
                        "UPDATE unit_question SET question = :text WHERE id = :id AND answer IS NULL",
                        new MapSqlParameterSource().addValue("text", text).addValue("id", id))
                == 1;
    }

    @Override
    public Optional<Question> find(long id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " WHERE q.id = :id",
                        new MapSqlParameterSource("id", id),
                        JdbcQuestionRepository::question)
                .stream()
                .findFirst();
    }

    @Override
    public List<Question> forUnit(UnitCode unit, Period period) {
        return jdbc.query(
                "SELECT " + COLUMNS + " WHERE q.unit_code = :unit AND q.period_year = :year"
                        + " AND q.period_month = :month ORDER BY q.id",
                new MapSqlParameterSource()
                        .addValue("unit", unit.value())
                        .addValue("year", period.year())
                        .addValue("month", period.month()),
                JdbcQuestionRepository::question);
    }

    @Override
    public List<Question> forUnits(Set<UnitCode> units, Period period) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " WHERE q.unit_code IN (:units) AND q.period_year = :year"
                        + " AND q.period_month = :month ORDER BY q.id",
                new MapSqlParameterSource()
                        .addValue("units", units.stream().map(UnitCode::value).toList())
                        .addValue("year", period.year())
                        .addValue("month", period.month()),
                JdbcQuestionRepository::question);
    }

    @Override
    public List<Question> unanswered(Set<UnitCode> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " WHERE q.answer IS NULL AND q.unit_code IN (:units)"
                        + " ORDER BY q.period_year, q.period_month, q.id",
                new MapSqlParameterSource(
                        "units", units.stream().map(UnitCode::value).toList()),
                JdbcQuestionRepository::question);
    }

    @Override
    public List<Question> answeredAskedBy(String askedBy, Instant since) {
        return jdbc.query(
                "SELECT " + COLUMNS + " WHERE q.asked_by = :by AND q.answer IS NOT NULL AND q.answered_at >= :since"
                        + " ORDER BY q.answered_at DESC, q.id DESC",
                new MapSqlParameterSource().addValue("by", askedBy).addValue("since", Timestamp.from(since)),
                JdbcQuestionRepository::question);
    }

    private static Question question(ResultSet rs, int row) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Question(
                rs.getLong("id"),
                UnitCode.of(rs.getString("unit_code")),
                new Period(rs.getInt("period_year"), rs.getInt("period_month")),
                rs.getString("question"),
                rs.getString("asked_by"),
                rs.getTimestamp("asked_at").toInstant(),
                rs.getString("answer"),
                rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant(),
                rs.getString("asked_by_name"),
                rs.getString("answered_by_name"));
    }
}
