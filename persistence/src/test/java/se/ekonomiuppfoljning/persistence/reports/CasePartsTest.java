package se.ekonomiuppfoljning.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.persistence.StoredSeed;
import se.ekonomiuppfoljning.reports.cases.CaseRepository;
import se.ekonomiuppfoljning.reports.cases.Decision;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/** The cases' decisions and frozen snapshots against the embedded MariaDB, each part on its own. */
@PersistenceTest
class CasePartsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    FigureRepository figures;

    @Autowired
    CaseRepository cases;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @BeforeEach
    void storeTheSeed() {
        StoredSeed.store(organisations, figures);
    }

    @Test
    void the_decisions_come_back_by_case_in_the_order_they_were_taken() {
        CaseDecisions decisions = new CaseDecisions(jdbc);
        long first = cases.insert(draft("KS/2026:4")).id();
        long second = cases.insert(draft("KS/2026:5")).id();
        Decision ks = new Decision(Organ.KS, LocalDate.of(2026, 3, 23), 7, "Beslut", "ekonom", NOW);
        Decision au = new Decision(Organ.AU, LocalDate.of(2026, 3, 9), 14, "Beslut", "ekonom", NOW);
        Decision other = new Decision(Organ.AU, LocalDate.of(2026, 3, 9), 15, "Beslut", "ekonom", NOW);

        assertThat(decisions.add(first, ks)).isTrue();
        assertThat(decisions.add(first, au)).isTrue();
        assertThat(decisions.add(second, other)).isTrue();

        Map<Long, List<Decision>> byCase = decisions.byCase(List.of(first, second));
        assertThat(byCase.get(first)).containsExactly(au, ks);
        assertThat(byCase.get(second)).containsExactly(other);
        assertThat(decisions.highestParagraph(Organ.KS, 2026)).hasValue(7);
    }

    @Test
    void a_case_never_sent_has_no_snapshot() {
        long id = cases.insert(draft("KS/2026:6")).id();

        assertThat(new CaseSnapshots(jdbc).find(id)).isEmpty();
    }

    private static ReportCase draft(String caseNumber) {
        return CaseRowsTest.draft(caseNumber, Map.of());
    }
}
