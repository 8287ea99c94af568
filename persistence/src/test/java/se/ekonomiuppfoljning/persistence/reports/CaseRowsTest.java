package se.ekonomiuppfoljning.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.cases.CaseStage;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/** A case's row parameters, without a database. */
class CaseRowsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00.123Z");

    @Test
    void a_text_not_filled_in_is_stored_empty_and_an_unset_meeting_as_null() {
        ReportCase draft = new ReportCase(
                0,
                KLS,
                new Period(2026, 2),
                CaseDetails.blank().withCaseNumber("KS/2026:4"),
                CaseStage.UTKAST,
                Map.of(Organ.AU, LocalDate.of(2026, 3, 9)),
                List.of(),
                null,
                "ekonom",
                NOW,
                "ekonom",
                NOW,
                0);

        MapSqlParameterSource parameters = CaseRows.parameters(draft);

        assertThat(parameters.getValue("caseNumber")).isEqualTo("KS/2026:4");
        assertThat(parameters.getValue("title")).isEqualTo("");
        assertThat(parameters.getValue("au")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(parameters.getValue("ks")).isNull();
        assertThat(parameters.getValue("frozenAt")).isNull();
        assertThat(parameters.getValue("stage")).isEqualTo("UTKAST");
    }

    @Test
    void instants_are_written_as_their_time_in_utc() {
        assertThat(SqlTime.utc(NOW)).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 0, 0, 123_000_000));
    }
}
