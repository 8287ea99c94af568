package se.ekonomiuppfoljning.persistence.cycle;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.DeadlineRepository;

@Repository
class JdbcDeadlineRepository implements DeadlineRepository {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcDeadlineRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> deadline(Period period) {
        return jdbc
                .query(
                        "SELECT deadline FROM period_deadline WHERE period_year = :year AND period_month = :month",
                        params(period),
                        (rs, i) -> rs.getDate(1).toLocalDate())
                .stream()
                .findFirst();
    }

    @Override
    public void save(Period period, LocalDate deadline) {
        jdbc.update("""
                INSERT INTO period_deadline (period_year, period_month, deadline) VALUES (:year, :month, :deadline)
                ON DUPLICATE KEY UPDATE deadline = VALUES(deadline)
                """, params(period).addValue("deadline", Date.valueOf(deadline)));
    }

    @Override
    public Map<Period, LocalDate> deadlinesBetween(LocalDate from, LocalDate to) {
        Map<Period, LocalDate> result = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT period_year, period_month, deadline FROM period_deadline
                WHERE deadline BETWEEN :from AND :to ORDER BY period_year, period_month
                """,
                new MapSqlParameterSource().addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)),
                rs -> {
                    result.put(
                            new Period(rs.getInt(1), rs.getInt(2)),
                            rs.getDate(3).toLocalDate());
                });
        return result;
    }

    private static MapSqlParameterSource params(Period period) {
        return new MapSqlParameterSource().addValue("year", period.year()).addValue("month", period.month());
    }
}
