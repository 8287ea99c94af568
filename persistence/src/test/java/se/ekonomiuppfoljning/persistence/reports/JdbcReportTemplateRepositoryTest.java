package se.ekonomiuppfoljning.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.reports.ReportTemplate;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;

@PersistenceTest
class JdbcReportTemplateRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-05T08:00:00.123Z");

    @Autowired
    ReportTemplateRepository templates;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM report_template_text");
    }

    @Test
    void without_stored_texts_the_template_is_the_defaults() {
        assertThat(templates.overrides()).isEmpty();
        assertThat(templates.load().asMap()).isEqualTo(ReportTemplate.defaults().asMap());
    }

    @Test
    void a_stored_text_overrides_its_key_and_can_be_replaced_and_removed() {
        templates.saveOverride("frame.within", "Verksamheten håller sig inom ramen – \"bra\".", "admin", NOW);
        templates.saveOverride("frame.within", "Inom ramen för {enhet}.", "admin", NOW);
        templates.saveOverride("summary.text", "Å ä ö ".repeat(2000), "admin", NOW);

        assertThat(templates.overrides()).containsEntry("frame.within", "Inom ramen för {enhet}.");
        assertThat(templates.load().text("frame.within")).isEqualTo("Inom ramen för {enhet}.");
        assertThat(templates.load().text("summary.text")).isEqualTo("Å ä ö ".repeat(2000));
        assertThat(templates.load().text("proposal.heading")).isEqualTo("Förslag till beslut");

        templates.saveOverride("frame.within", null, "admin", NOW);

        assertThat(templates.load().text("frame.within"))
                .isEqualTo(ReportTemplate.defaults().text("frame.within"));
    }
}
