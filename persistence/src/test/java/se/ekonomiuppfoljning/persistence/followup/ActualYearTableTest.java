package se.ekonomiuppfoljning.persistence.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.persistence.followup.ActualYearTable.Stored;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** Which way lines go into actual_year, and that each way stores them to the öre. */
@PersistenceTest
class ActualYearTableTest {

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    JdbcTemplate jdbc;

    private ActualYearTable table;
    private List<UnitCode> units;
    private final List<String> accounts = new ArrayList<>();

    @BeforeEach
    void anOrganisationAndAChartOfAccounts() {
        Organisation organisation = SeedKommun.organisation();
        organisations.saveCommittees(organisation.committees());
        organisations.saveUnits(organisation.units());
        units = organisation.units().stream().map(u -> u.code()).sorted().toList();
        for (int i = 0; i < 250; i++) {
            accounts.add(String.valueOf(5000 + i));
            jdbc.update("INSERT INTO account (code, name) VALUES (?, 'Konto')", String.valueOf(5000 + i));
        }
        table = new ActualYearTable(jdbc);
    }

    /** A line per unit and account in the month, compact: amounts from -2,00 to 2,00 kr by the line's index. */
    private AmountLines compactMonth(Period month) {
        int count = units.size() * accounts.size();
        long[] keys = new long[count];
        long[] ore = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = AmountLines.key(i / accounts.size(), i % accounts.size(), 0);
            ore[i] = i % 401 - 200;
        }
        return AmountLines.of(units, accounts, List.of(month), keys, ore, null);
    }

    private String stored(Period month) {
        return jdbc.queryForObject(
                "SELECT CONCAT(COUNT(*), '/', SUM(amount)) FROM actual_amount"
                        + " WHERE period_year = ? AND period_month = ?",
                String.class,
                month.year(),
                month.month());
    }

    private static String expected(List<AmountLine> lines) {
        return lines.size() + "/" + lines.stream().map(AmountLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void a_large_set_into_an_empty_year_is_loaded_straight_in() {
        AmountLines january = compactMonth(new Period(2031, 1));
        assertThat(units.size() * accounts.size()).isGreaterThanOrEqualTo(ActualYearTable.BULK_LOAD_THRESHOLD);

        assertThat(table.store(january, false)).isEqualTo(Stored.LOADED);

        assertThat(stored(new Period(2031, 1))).isEqualTo(expected(january));
    }

    @Test
    void a_large_set_beside_rows_that_keep_other_months_is_merged_into_them() {
        AmountLines january = compactMonth(new Period(2031, 1));
        table.store(january, false);
        List<AmountLine> february = new ArrayList<>(compactMonth(new Period(2031, 2))); // not compact: objects

        assertThat(table.store(february, true)).isEqualTo(Stored.LOADED_AND_MERGED);

        assertThat(stored(new Period(2031, 1))).isEqualTo(expected(january));
        assertThat(stored(new Period(2031, 2))).isEqualTo(expected(february));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actual_year WHERE period_year = 2031", Integer.class))
                .isEqualTo(units.size() * accounts.size());
    }

    @Test
    void a_small_set_is_upserted_in_batches_and_adds_lines_of_the_same_key() {
        UnitCode unit = units.get(0);
        Period march = new Period(2031, 3);
        List<AmountLine> lines = List.of(
                new AmountLine(unit, "5000", march, new BigDecimal("10.50")),
                new AmountLine(unit, "5000", march, new BigDecimal("-0.25")),
                new AmountLine(unit, "5001", march, new BigDecimal("0.00")));

        assertThat(table.store(lines, true)).isEqualTo(Stored.IN_BATCHES);
        assertThat(table.store(List.of(), true)).isEqualTo(Stored.NOTHING);

        assertThat(stored(march)).isEqualTo("2/10.25");
    }

    @Test
    void a_large_set_goes_in_batches_when_the_server_refuses_load_data_local() {
        AmountLines january = compactMonth(new Period(2031, 1));
        int before = jdbc.queryForObject("SELECT @@GLOBAL.local_infile", Integer.class);
        jdbc.execute("SET GLOBAL local_infile = 0");
        try {
            assertThat(table.store(january, false)).isEqualTo(Stored.IN_BATCHES);
        } finally {
            jdbc.execute("SET GLOBAL local_infile = " + before);
        }

        assertThat(stored(new Period(2031, 1))).isEqualTo(expected(january));
        assertThat(jdbc.queryForObject("SELECT @@SESSION.foreign_key_checks", Integer.class))
                .isEqualTo(1);
    }
}
