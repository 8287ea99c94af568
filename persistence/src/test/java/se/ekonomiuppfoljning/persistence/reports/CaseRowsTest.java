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
import se.ekonomiuppfoljning.reports.cases.Decision;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/** A case's row parameters, without a database. */
class CaseRowsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00.123Z");

    @Test
    void a_text_not_filled_in_is_stored_empty_and_an_unset_meeting_as_null() {
        ReportCase draft = draft("KS/2026:4", Map.of(Organ.AU, LocalDate.of(2026, 3, 9)));

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

    @Test
    void a_copy_takes_the_id_and_decisions_given_and_keeps_the_rest() {
        ReportCase draft = draft("KS/2026:4", Map.of());
        Decision decision = new Decision(Organ.AU, LocalDate.of(2026, 3, 9), 14, "Beslut", "ekonom", NOW);

        ReportCase copy = CaseRows.copy(draft, 42, List.of(decision));

        assertThat(copy.id()).isEqualTo(42);
        assertThat(copy.decisions()).containsExactly(decision);
        assertThat(CaseRows.copy(copy, 0, List.of())).isEqualTo(draft);
    }

    /** A draft case of KLS for February 2026 with the diarienummer and meetings, created and updated at NOW. */
    static ReportCase draft(String caseNumber, Map<Organ, LocalDate> meetings) {
        return new ReportCase(
                0,
                KLS,
                new Period(2026, 2),
                CaseDetails.blank().withCaseNumber(caseNumber).withDate(LocalDate.of(2026, 3, 2)),
                CaseStage.UTKAST,
                meetings,
                List.of(),
                null,
                "ekonom",
                NOW,
                "ekonom",
                NOW,
                0);
    }
}
