package se.ekonomiuppfoljning.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.persistence.StoredSeed;
import se.ekonomiuppfoljning.reports.cases.CaseRepository;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/**
 * The database, not a read before the write, keeps one case per node and period: the first case takes edition 1, so
 * a second first case (an economist who created the same case a moment later, in another session) is refused by the
 * unique key, while a new version asked for explicitly takes the next edition.
 */
@PersistenceTest
class OneCasePerNodeAndPeriodTest {

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
    void the_first_case_of_a_node_and_period_is_stored_once() {
        assertThat(cases.insertFirst(draft("KS/2026:4"))).isPresent();

        assertThat(cases.insertFirst(draft("KS/2026:5"))).isEmpty();
        assertThat(caseNumbers()).containsExactly("KS/2026:4");
    }

    @Test
    void a_new_version_takes_the_next_edition_and_a_first_case_is_still_refused_after_it() {
        long first = cases.insertFirst(draft("KS/2026:4")).orElseThrow().id();
        long second = cases.insert(draft("KS/2026:5")).id();
        long third = cases.insert(draft("KS/2026:6")).id();

        assertThat(edition(first)).isEqualTo(1);
        assertThat(edition(second)).isEqualTo(2);
        assertThat(edition(third)).isEqualTo(3);
        assertThat(cases.insertFirst(draft("KS/2026:7"))).isEmpty();
    }

    private List<String> caseNumbers() {
        return jdbc.queryForList(
                "SELECT case_number FROM report_case WHERE unit_code = 'KLS' AND period_year = 2026"
                        + " AND period_month = 2 ORDER BY id",
                Map.of(),
                String.class);
    }

    private int edition(long id) {
        Integer edition = jdbc.queryForObject(
                "SELECT edition FROM report_case WHERE id = :id", new MapSqlParameterSource("id", id), Integer.class);
        return edition == null ? 0 : edition;
    }

    private static ReportCase draft(String caseNumber) {
        return CaseRowsTest.draft(caseNumber, Map.of());
    }
}
