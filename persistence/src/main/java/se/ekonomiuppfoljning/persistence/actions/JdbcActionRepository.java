package se.ekonomiuppfoljning.persistence.actions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.actions.DecisionReference;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The actions in {@code unit_action}; an update names the version it replaces ({@code WHERE version = :expected}). */
@Repository
class JdbcActionRepository implements ActionRepository {

    private static final String COLUMNS = """
            id, unit_code, period_year, period_month, what, cause, responsible, due_date, expected_effect,
            decision_level, status, decision_organ, decision_date, decision_paragraph, created_by, created_at,
            updated_by, updated_at, version""";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcActionRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(Action action) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO unit_action (unit_code, period_year, period_month, what, cause, responsible, due_date,
                    expected_effect, decision_level, status, decision_organ, decision_date, decision_paragraph,
                    created_by, created_at, updated_by, updated_at, version)
                VALUES (:unit, :year, :month, :what, :cause, :responsible, :dueDate, :effect, :level, :status,
                    :organ, :decisionDate, :paragraph, :createdBy, :createdAt, :updatedBy, :updatedAt, :version)""", parameters(action), key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    @Override
    public boolean update(Action action, long expectedVersion) {
        return jdbc.update("""
                UPDATE unit_action
                   SET what = :what, cause = :cause, responsible = :responsible, due_date = :dueDate,
                       expected_effect = :effect, decision_level = :level, status = :status,
                       decision_organ = :organ, decision_date = :decisionDate, decision_paragraph = :paragraph,
                       updated_by = :updatedBy, updated_at = :updatedAt, version = :version
                 WHERE id = :id AND version = :expected""", parameters(action).addValue("id", action.id()).addValue("expected", expectedVersion))
                == 1;
    }

    @Override
    public Optional<Action> find(long id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM unit_action WHERE id = :id",
                        new MapSqlParameterSource("id", id),
                        (rs, i) -> action(rs))
                .stream()
                .findFirst();
    }

    @Override
    public List<Action> open(Set<UnitCode> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + COLUMNS + """
                         FROM unit_action
                        WHERE unit_code IN (:units) AND status NOT IN ('GENOMFORD', 'AVBRUTEN')
                        ORDER BY due_date, id""",
                new MapSqlParameterSource(
                        "units", units.stream().map(UnitCode::value).toList()),
                (rs, i) -> action(rs));
    }

    @Override
    public List<Action> raisedIn(UnitCode unit, Period period) {
        return jdbc.query(
                "SELECT " + COLUMNS + """
                         FROM unit_action
                        WHERE unit_code = :unit AND period_year = :year AND period_month = :month
                        ORDER BY id""",
                new MapSqlParameterSource("unit", unit.value())
                        .addValue("year", period.year())
                        .addValue("month", period.month()),
                (rs, i) -> action(rs));
    }

    private static MapSqlParameterSource parameters(Action a) {
        DecisionReference decision = a.decision();
        return new MapSqlParameterSource("unit", a.unit().value())
                .addValue("year", a.period().year())
                .addValue("month", a.period().month())
                .addValue("what", a.what())
                .addValue("cause", a.cause())
                .addValue("responsible", a.responsible())
                .addValue("dueDate", Date.valueOf(a.dueDate()))
                .addValue("effect", a.expectedEffect())
                .addValue("level", a.decisionLevel().name())
                .addValue("status", a.status().name())
                .addValue("organ", decision == null ? null : decision.organ())
                .addValue("decisionDate", decision == null ? null : Date.valueOf(decision.date()))
                .addValue("paragraph", decision == null ? null : decision.paragraph())
                .addValue("createdBy", a.createdBy())
                .addValue("createdAt", LocalDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC))
                .addValue("updatedBy", a.updatedBy())
                .addValue("updatedAt", LocalDateTime.ofInstant(a.updatedAt(), ZoneOffset.UTC))
                .addValue("version", a.version());
    }

    private static Action action(ResultSet rs) throws SQLException {
        String organ = rs.getString("decision_organ");
        DecisionReference decision = organ == null
                ? null
                : new DecisionReference(
                        organ, rs.getObject("decision_date", LocalDate.class), rs.getInt("decision_paragraph"));
        return new Action(
                rs.getLong("id"),
                UnitCode.of(rs.getString("unit_code")),
                new Period(rs.getInt("period_year"), rs.getInt("period_month")),
                rs.getString("what"),
                rs.getString("cause"),
                rs.getString("responsible"),
                rs.getObject("due_date", LocalDate.class),
                rs.getBigDecimal("expected_effect"),
                DecisionLevel.valueOf(rs.getString("decision_level")),
                ActionStatus.valueOf(rs.getString("status")),
                decision,
                rs.getString("created_by"),
                rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getLong("version"));
    }
}
