package se.ekonomiuppfoljning.imports.sie;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.ekonomiuppfoljning.common.Period;

/**
 * Sums {@code #PSALDO} or {@code #PBUDGET} rows of one year without adding the same money twice. Type 3 files
 * write an account total {@code {}}, per-unit rows {@code {1 "X"}} and sometimes finer rows
 * {@code {1 "X" 20 "407"}} that repeat the same money. A unit's figure for an account and month comes from its
 * exact {@code {1 "X"}} rows; only where there is none, from its finer rows, and of those only from the first
 * combination of other dimensions seen (another combination splits the same money another way). Rows without
 * dimension 1 are totals and give no unit figure.
 *
 * <p>Memory grows with units × accounts × months, never with the number of rows.
 */
final class PeriodBalanceSums {

    private final Map<AccountMonth, Cell> cells = new HashMap<>();

    private record AccountMonth(String account, Period period) {}

    private static final class Cell {
        final Map<String, BigDecimal> exact = new HashMap<>();
        final Map<String, Map<String, BigDecimal>> finer = new HashMap<>();
        boolean total;
    }

    void add(String account, Period period, List<SieObject> objects, BigDecimal amount) {
        Cell cell = cells.computeIfAbsent(new AccountMonth(account, period), k -> new Cell());
        String unit = null;
        TreeSet<String> otherDimensions = new TreeSet<>();
        for (SieObject object : objects) {
            if (object.dimension().equals("1") && unit == null) {
                unit = object.id();
            } else {
                otherDimensions.add(object.dimension());
            }
        }
        if (unit == null || unit.isBlank()) {
            cell.total = true;
        } else if (otherDimensions.isEmpty()) {
            cell.exact.merge(unit, amount, BigDecimal::add);
        } else {
            cell.finer
                    .computeIfAbsent(unit, k -> new LinkedHashMap<>())
                    .merge(String.join(",", otherDimensions), amount, BigDecimal::add);
        }
    }

    /** Every unit's figure, zero sums included (a zero still says "the file has this figure"). */
    Map<AmountKey, BigDecimal> perUnit() {
        Map<AmountKey, BigDecimal> result = new HashMap<>();
        cells.forEach((where, cell) -> {
            cell.exact.forEach((unit, sum) -> result.put(new AmountKey(unit, where.account(), where.period()), sum));
            cell.finer.forEach((unit, byDimensions) -> {
                if (!cell.exact.containsKey(unit)) {
                    BigDecimal first = byDimensions.values().iterator().next();
                    result.put(new AmountKey(unit, where.account(), where.period()), first);
                }
            });
        });
        return result;
    }

    /** Result accounts (classes 3–8) and months that have only rows without a unit. */
    long totalsWithoutUnit() {
        return cells.entrySet().stream()
                .filter(e -> e.getValue().total
                        && e.getValue().exact.isEmpty()
                        && e.getValue().finer.isEmpty())
                .filter(e -> SieAccounts.isResultAccount(e.getKey().account()))
                .count();
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }
}
