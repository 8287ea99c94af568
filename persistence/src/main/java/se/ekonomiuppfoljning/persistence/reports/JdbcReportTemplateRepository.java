package se.ekonomiuppfoljning.persistence.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.reports.ReportTemplate;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;

/** The template: the domain's defaults with the kommun's stored texts ({@code report_template_text}) over them. */
@Repository
class JdbcReportTemplateRepository implements ReportTemplateRepository {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcReportTemplateRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReportTemplate load() {
        return ReportTemplate.defaults().withOverrides(overrides());
    }

    @Override
    public Map<String, String> overrides() {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.query("SELECT text_key, text FROM report_template_text ORDER BY text_key", Map.of(), rs -> {
            texts.put(rs.getString(1), rs.getString(2));
        });
        return texts;
    }

    @Override
    public void saveOverride(String key, @Nullable String text, String username, Instant at) {
        if (text == null) {
            jdbc.update("DELETE FROM report_template_text WHERE text_key = :key", Map.of("key", key));
            return;
        }
        jdbc.update(
                """
                INSERT INTO report_template_text (text_key, text, updated_by, updated_at)
                VALUES (:key, :text, :username, :at)
                ON DUPLICATE KEY UPDATE text = VALUES(text), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)
                """,
                new MapSqlParameterSource()
                        .addValue("key", key)
                        .addValue("text", text)
                        .addValue("username", username)
                        .addValue("at", Timestamp.from(at)));
    }
}
