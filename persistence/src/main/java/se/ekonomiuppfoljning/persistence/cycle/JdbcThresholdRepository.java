package se.ekonomiuppfoljning.persistence.cycle;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.cycle.ThresholdRepository;
import se.ekonomiuppfoljning.cycle.Thresholds;

/** The kommun's thresholds in the single row of {@code cycle_thresholds}; the defaults while it is absent. */
@Repository
class JdbcThresholdRepository implements ThresholdRepository {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcThresholdRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Thresholds load() {
        return jdbc
                .query(
                        "SELECT ytd_deviation_kronor, ytd_deviation_percent FROM cycle_thresholds WHERE id = 1",
                        (rs, i) -> new Thresholds(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                .stream()
                .findFirst()
                .orElse(Thresholds.DEFAULT);
    }

    @Override
    public void save(Thresholds thresholds) {
        jdbc.update(
                """
                INSERT INTO cycle_thresholds (id, ytd_deviation_kronor, ytd_deviation_percent)
                VALUES (1, :kronor, :percent)
                ON DUPLICATE KEY UPDATE ytd_deviation_kronor = VALUES(ytd_deviation_kronor),
                                        ytd_deviation_percent = VALUES(ytd_deviation_percent)""",
                new MapSqlParameterSource("kronor", thresholds.ytdDeviationKronor())
                        .addValue("percent", thresholds.ytdDeviationPercent()));
    }
}
