package se.ekonomiuppfoljning.persistence.imports;

import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.imports.ImportRepository;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.StoredSeed;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/**
 * What the tests of the imports adapter share: the seed stored, the port (the bean) and its parts built on the test
 * transaction's connection, and lines, accounts and imports to store.
 */
abstract class ImportTestSupport {

    static final Period JANUARY = new Period(2026, 1);
    static final Period FEBRUARY = new Period(2026, 2);
    static final Period MARCH = new Period(2026, 3);
    static final Instant AT = Instant.parse("2026-03-05T08:15:30.123Z");

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    FigureRepository figures;

    /** The port: the bean, with its transactions. */
    @Autowired
    ImportRepository imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate namedJdbc;

    ImportHistory history;
    ImportedActuals actuals;
    ImportedBudgets budgets;

    @BeforeEach
    void storeTheSeedAndBuildTheParts() {
        StoredSeed.store(organisations, figures, new Account("6110", "Kontorsmateriel"));
        history = new ImportHistory(namedJdbc);
        actuals = new ImportedActuals(namedJdbc, history, ImportSql.UNIT_LIST_LIMIT);
        budgets = new ImportedBudgets(namedJdbc, history, ImportSql.UNIT_LIST_LIMIT);
    }

    long start(String fileName, ImportKind kind) {
        return imports.startImport(
                new ImportRecord(0, "eva", AT, fileName, "ab".repeat(32), kind, "2026-02", 2, "sparad", false));
    }

    static AmountLine line(UnitCode unit, String account, Period period, String kronor) {
        return new AmountLine(unit, account, period, new BigDecimal(kronor));
    }

    List<Map<String, Object>> actualRows() {
        return jdbc.queryForList("SELECT unit_code, account_code, period_year, period_month, amount FROM actual_amount"
                + " ORDER BY unit_code, account_code, period_year, period_month");
    }

    List<Map<String, Object>> budgetRows() {
        return jdbc.queryForList("SELECT unit_code, account_code, period_year, period_month, amount FROM budget_amount"
                + " ORDER BY unit_code, account_code, period_year, period_month");
    }

    /** Stores accounts {@code first} to {@code first + count - 1} (not in the seed's chart); their codes, sorted. */
    List<String> newAccounts(int first, int count) {
        List<String> codes =
                IntStream.range(first, first + count).mapToObj(String::valueOf).toList();
        insertAccounts(codes);
        return codes;
    }

    void insertAccounts(List<String> codes) {
        jdbc.batchUpdate("INSERT INTO account (code, name) VALUES (?, ?)", codes, 1000, (ps, code) -> {
            ps.setString(1, code);
            ps.setString(2, "Konto " + code);
        });
    }

    /** The seed's unit codes, sorted. */
    static List<UnitCode> seedUnits() {
        return SeedKommun.organisation().units().stream()
                .map(u -> u.code())
                .sorted()
                .toList();
    }

    BigDecimal actual(UnitCode unit, Period period) {
        return imports.actualTotals(Set.of(unit), Set.of(period)).getOrDefault(unit, BigDecimal.ZERO);
    }

    long replaceFebruaryOfOverformyndarAndIt(String fileName, String kronor) {
        long id = start(fileName, ImportKind.ACTUALS_CSV);
        imports.replaceActuals(
                id,
                Set.of(OVERFORMYNDAR, IT),
                Set.of(FEBRUARY),
                List.of(line(OVERFORMYNDAR, "6110", FEBRUARY, kronor), line(IT, "5011", FEBRUARY, "100.00")));
        return id;
    }
}
