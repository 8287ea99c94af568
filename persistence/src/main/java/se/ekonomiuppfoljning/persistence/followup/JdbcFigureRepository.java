package se.ekonomiuppfoljning.persistence.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AccountFigures;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.MonthFigures;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;

/**
 * The figures port. The sums are GROUP BY queries ({@link FigureSql}) in MariaDB, written as SQL because they are the
 * product's hot path; every query's WHERE clause lists only the requested units that lie in the caller's scope,
 * except the per-unit sums for more than {@value #UNIT_LIST_LIMIT} units: those are read for the whole year and
 * the rows of other units dropped here, before anything leaves the adapter. Every sum reads a range of the primary
 * key (period_year, unit_code, …), and says so: for one unit the optimizer otherwise intersected the unit_code
 * index (kept for the foreign key) with the primary key, measured 5–10 times slower.
 */
@Repository
class JdbcFigureRepository implements FigureRepository {

    /**
     * Above this many units the per-unit sums are read for the whole year and the units kept in Java: MariaDB
     * checks every row against a long {@code IN} list (and above 1 000 values turns it into a temporary table),
     * which measured about twice the cost of reading the year's rows as they lie in the primary key.
     */
    static final int UNIT_LIST_LIMIT = 1_000;

    private final NamedParameterJdbcTemplate jdbc;

    private final int unitListLimit;

    /** Whether the per-unit and per-month sums read {@link UnitMonthTotals} (the product) or sum every line. */
    private final boolean fromTotals;

    private final UnitMonthTotals totals;

    @Autowired
    JdbcFigureRepository(NamedParameterJdbcTemplate jdbc) {
        this(jdbc, UNIT_LIST_LIMIT);
    }

    /** {@code unitListLimit}: see {@link #UNIT_LIST_LIMIT} (tests set it low to exercise both ways). */
    JdbcFigureRepository(NamedParameterJdbcTemplate jdbc, int unitListLimit) {
        this(jdbc, unitListLimit, true);
    }

    JdbcFigureRepository(NamedParameterJdbcTemplate jdbc, int unitListLimit, boolean fromTotals) {
        this.jdbc = jdbc;
        this.unitListLimit = unitListLimit;
        this.fromTotals = fromTotals;
        this.totals = new UnitMonthTotals(jdbc);
    }

    private record Sums(BigDecimal month, BigDecimal ytd, BigDecimal year) {
        static final Sums ZERO = new Sums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Override
    public Map<UnitCode, Figures> figuresByUnit(AccessScope scope, Set<UnitCode> units, Period period) {
        MapSqlParameterSource params = params(scope, units, period.year());
        if (params == null) {
            return Map.of();
        }
        params.addValue("month", period.month());
        @SuppressWarnings("unchecked")
        List<String> allowed = (List<String>) params.getValue("units");
        boolean wholeYear = allowed.size() > unitListLimit;
        // Whole year: only the requested units inside the caller's scope are kept from the rows that come back.
        Set<String> keep = wholeYear ? new HashSet<>(allowed) : null;
        if (fromTotals) {
            Map<UnitCode, Figures> result = new LinkedHashMap<>();
            jdbc.query(
                    wholeYear ? FigureSql.TOTALS_BY_UNIT_WHOLE_YEAR : FigureSql.TOTALS_BY_UNIT_LISTED, params, rs -> {
                        String code = rs.getString(1);
                        if (keep == null || keep.contains(code)) {
                            Sums budget = rs.getInt(2) == 0
                                    ? Sums.ZERO
                                    : new Sums(rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5));
                            Sums actual = rs.getInt(6) == 0
                                    ? Sums.ZERO
                                    : new Sums(rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9));
                            result.put(UnitCode.of(code), figures(budget, actual));
                        }
                    });
            return result;
        }
        Map<String, Sums> budget = new HashMap<>();
        Map<String, Sums> actual = new HashMap<>();
        jdbc.query(FigureSql.byUnit(period.month(), wholeYear), params, rs -> {
            String code = rs.getString(2);
            if (keep == null || keep.contains(code)) {
                ("budget".equals(rs.getString(1)) ? budget : actual)
                        .put(code, new Sums(rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
            }
        });
        Map<UnitCode, Figures> result = new LinkedHashMap<>();
        for (String code : union(budget.keySet(), actual.keySet())) {
            result.put(
                    UnitCode.of(code),
                    figures(budget.getOrDefault(code, Sums.ZERO), actual.getOrDefault(code, Sums.ZERO)));
        }
        return result;
    }

    /**
     * One read of the totals' month rows for all the months: per unit its twelve budget and actual cells, summed
     * here for each month as {@link #figuresByUnit} sums them (the same scale and the same units, exact in
     * {@link BigDecimal}).
     */
    @Override
    public List<Map<UnitCode, Figures>> figuresByUnitPerMonth(
            AccessScope scope, Set<UnitCode> units, int year, int toMonth) {
        if (!fromTotals) {
            return FigureRepository.super.figuresByUnitPerMonth(scope, units, year, toMonth);
        }
        MapSqlParameterSource params = params(scope, units, year);
        List<Map<UnitCode, Figures>> months = new ArrayList<>();
        if (params == null) {
            for (int month = 1; month <= toMonth; month++) {
                months.add(Map.of());
            }
            return months;
        }
        @SuppressWarnings("unchecked")
        List<String> allowed = (List<String>) params.getValue("units");
        boolean wholeYear = allowed.size() > unitListLimit;
        Set<String> keep = wholeYear ? new HashSet<>(allowed) : null;
        Map<String, BigDecimal[][]> cells = new LinkedHashMap<>(); // per unit: [0] budget, [1] actual, by month - 1
        jdbc.query(wholeYear ? FigureSql.TOTALS_ROWS_WHOLE_YEAR : FigureSql.TOTALS_ROWS_LISTED, params, rs -> {
            String code = rs.getString(1);
            if (keep == null || keep.contains(code)) {
                BigDecimal[][] unit = cells.computeIfAbsent(code, c -> new BigDecimal[2][12]);
                int month = rs.getInt(2);
                unit[0][month - 1] = rs.getBigDecimal(3);
                unit[1][month - 1] = rs.getBigDecimal(4);
            }
        });
        for (int month = 1; month <= toMonth; month++) {
            Map<UnitCode, Figures> byUnit = new LinkedHashMap<>();
            for (Map.Entry<String, BigDecimal[][]> unit : cells.entrySet()) {
                byUnit.put(
                        UnitCode.of(unit.getKey()),
                        figures(sums(unit.getValue()[0], month), sums(unit.getValue()[1], month)));
            }
            months.add(byUnit);
        }
        return months;
    }

    /** A unit's month, January-to-month and year sums of its twelve cells; {@link Sums#ZERO} where all are NULL. */
    private static Sums sums(BigDecimal[] cells, int month) {
        BigDecimal zero = BigDecimal.valueOf(0, 2); // as the database's sums of DECIMAL(…, 2) give it
        BigDecimal ytd = zero;
        BigDecimal year = zero;
        boolean any = false;
        for (int m = 1; m <= 12; m++) {
            BigDecimal cell = cells[m - 1];
            if (cell != null) {
                any = true;
                year = year.add(cell);
                if (m <= month) {
                    ytd = ytd.add(cell);
                }
            }
        }
        if (!any) {
            return Sums.ZERO;
        }
        BigDecimal own = cells[month - 1];
        return new Sums(own == null ? zero : own, ytd, year);
    }

    @Override
    public List<MonthFigures> figuresByMonth(AccessScope scope, Set<UnitCode> units, int year) {
        MapSqlParameterSource params = params(scope, units, year);
        if (params == null) {
            return List.of();
        }
        Map<Integer, BigDecimal> budget = new HashMap<>();
        Map<Integer, BigDecimal> actual = new HashMap<>();
        if (fromTotals) {
            jdbc.query(FigureSql.TOTALS_BY_MONTH, params, rs -> {
                BigDecimal budgetSum = rs.getBigDecimal(2);
                BigDecimal actualSum = rs.getBigDecimal(3);
                if (budgetSum != null) {
                    budget.put(rs.getInt(1), budgetSum);
                }
                if (actualSum != null) {
                    actual.put(rs.getInt(1), actualSum);
                }
            });
        } else {
            readByMonthOverLines(params, budget, actual);
        }
        List<MonthFigures> result = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            if (budget.containsKey(month) || actual.containsKey(month)) {
                result.add(new MonthFigures(
                        month,
                        budget.getOrDefault(month, BigDecimal.ZERO),
                        actual.getOrDefault(month, BigDecimal.ZERO)));
            }
        }
        return result;
    }

    private void readByMonthOverLines(
            MapSqlParameterSource params, Map<Integer, BigDecimal> budget, Map<Integer, BigDecimal> actual) {
        jdbc.query(FigureSql.BUDGET_BY_MONTH, params, rs -> {
            budget.put(rs.getInt(1), rs.getBigDecimal(2));
        });
        jdbc.query(FigureSql.ACTUAL_BY_MONTH, params, rs -> {
            for (int month = 1; month <= 12; month++) {
                BigDecimal sum = rs.getBigDecimal(month);
                if (sum != null) {
                    actual.put(month, sum);
                }
            }
        });
    }

    @Override
    public List<AccountFigures> figuresByAccount(AccessScope scope, Set<UnitCode> units, Period period) {
        MapSqlParameterSource params = params(scope, units, period.year());
        if (params == null) {
            return List.of();
        }
        params.addValue("month", period.month());
        Map<String, Sums> budget = sums(FigureSql.BUDGET_BY_ACCOUNT, params);
        Map<String, Sums> actual = sums(FigureSql.actualByAccount(period.month()), params);
        Set<String> codes = new TreeSet<>(union(budget.keySet(), actual.keySet()));
        Map<String, String> names = accountNames(codes);
        return codes.stream()
                .map(code -> new AccountFigures(
                        new Account(code, names.getOrDefault(code, code)),
                        figures(budget.getOrDefault(code, Sums.ZERO), actual.getOrDefault(code, Sums.ZERO))))
                .toList();
    }

    @Override
    public List<Period> periodsWithActuals() {
        List<Period> periods = new ArrayList<>();
        if (fromTotals) {
            jdbc.query(FigureSql.TOTALS_PERIODS_WITH_ACTUALS, rs -> {
                periods.add(new Period(rs.getInt(1), rs.getInt(2)));
            });
            return periods;
        }
        jdbc.query(FigureSql.PERIODS_WITH_ACTUALS, rs -> {
            for (int month = 1; month <= 12; month++) {
                if (rs.getBoolean(1 + month)) {
                    periods.add(new Period(rs.getInt(1), month));
                }
            }
        });
        return periods;
    }

    @Override
    public void saveBudget(Collection<AmountLine> lines) {
        SqlParameterSource[] batch = lines.stream()
                .map(l -> new MapSqlParameterSource()
                        .addValue("unit", l.unit().value())
                        .addValue("account", l.account())
                        .addValue("year", l.period().year())
                        .addValue("month", l.period().month())
                        .addValue("amount", l.amount()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(FigureSql.UPSERT_BUDGET, batch);
        unitsByYear(lines).forEach((year, codes) -> totals.refreshBudget(year, UnitMonthTotals.Units.listed(codes)));
    }

    /** Sets each line's month (a line of the same unit, account and month as another adds to it). */
    @Override
    public void saveActuals(Collection<AmountLine> lines) {
        new ActualYearTable(jdbc.getJdbcOperations()).upsert(lines);
        unitsByYear(lines).forEach((year, codes) -> totals.refreshActuals(year, UnitMonthTotals.Units.listed(codes)));
    }

    private static Map<Integer, Set<String>> unitsByYear(Collection<AmountLine> lines) {
        Map<Integer, Set<String>> units = new TreeMap<>();
        for (AmountLine line : lines) {
            units.computeIfAbsent(line.period().year(), y -> new TreeSet<>())
                    .add(line.unit().value());
        }
        return units;
    }

    private static @Nullable MapSqlParameterSource params(AccessScope scope, Set<UnitCode> units, int year) {
        Set<UnitCode> allowed = scope.restrict(units);
        if (allowed.isEmpty()) {
            return null;
        }
        // Only the requested units inside the caller's scope reach the WHERE clause.
        return new MapSqlParameterSource()
                .addValue("year", year)
                .addValue("units", allowed.stream().map(UnitCode::value).toList());
    }

    private Map<String, Sums> sums(String sql, MapSqlParameterSource params) {
        Map<String, Sums> result = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            result.put(rs.getString(1), new Sums(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
        });
        return result;
    }

    private Map<String, String> accountNames(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT code, name FROM account WHERE code IN (:codes)", Map.of("codes", codes), rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    private static Figures figures(Sums budget, Sums actual) {
        return new Figures(budget.month(), actual.month(), budget.year(), budget.ytd(), actual.ytd());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
