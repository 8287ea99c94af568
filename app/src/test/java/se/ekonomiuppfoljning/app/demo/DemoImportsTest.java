package se.ekonomiuppfoljning.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * The demo's figures, its kommun and its chart of accounts come from the files under demo/ through the importer:
 * its history lists them, the kommun is the SIE file's (#FNAMN, #ORGNR) and the accounts carry the SIE file's
 * names (#KONTO). The committees' names and order are the only organisation facts no file format carries.
 */
@PortalTest
class DemoImportsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_is_built_from_its_files_through_the_importer() {
        List<String> imports = jdbc.queryForList(
                "SELECT CONCAT(file_name, ' ', kind, ' ', periods, ' ', row_count)"
                        + " FROM import_log WHERE username = 'controller' AND file_name IN ('periodsaldon-2026.se', 'budget-2025.csv',"
                        + " 'utfall-2025.csv', 'budget-2026.csv') ORDER BY id",
                String.class);
        assertThat(imports)
                .containsExactly(
                        "periodsaldon-2026.se SIE 2026-01,2026-02 98",
                        "budget-2025.csv BUDGET_CSV budget 2025 628",
                        "utfall-2025.csv ACTUALS_CSV "
                                + "2025-01,2025-02,2025-03,2025-04,2025-05,2025-06,2025-07,2025-08,2025-09,2025-10,2025-11,2025-12 628",
                        "budget-2026.csv BUDGET_CSV budget 2026 628");
        // the organisation import is in the audit trail, under the whole kommun's economist who made it (issue 10)
        assertThat(jdbc.queryForList(
                        "SELECT username FROM audit_entry WHERE entity = 'ORGANISATION_IMPORT'"
                                + " AND entity_id = 'organisation.csv' ORDER BY id LIMIT 1",
                        String.class))
                .containsExactly("controller");
        assertThat(jdbc.queryForObject("SELECT CONCAT(name, ' ', organisation_number) FROM kommun", String.class))
                .isEqualTo("Exempelby kommun 212000-9994");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(code, ' ', name) FROM account WHERE code IN ('3510', '5011',"
                                + " '5320', '5511', '6420') ORDER BY code",
                        String.class))
                .containsExactly(
                        "3510 Försäljning av tjänster",
                        "5011 Månadslön tillsvidareanställda",
                        "5320 Arvoden till gode män och förvaltare",
                        "5511 Arbetsgivaravgifter och pensionskostnader",
                        "6420 Konsulttjänster och övriga köpta tjänster");
    }
}
