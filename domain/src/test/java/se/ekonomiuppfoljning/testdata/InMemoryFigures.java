package se.ekonomiuppfoljning.testdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AccountFigures;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.MonthFigures;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;

/** The figure port over lists, for domain tests; the MariaDB adapter is tested against the same rules. */
public final class InMemoryFigures implements FigureRepository {

    private final List<AmountLine> budget = new ArrayList<>();
    private final List<AmountLine> actuals = new ArrayList<>();
    /** Every set of units asked for, to prove the service passes its scope along. */
    public final List<Set<UnitCode>> requestedUnits = new ArrayList<>();

    @Override
    public Map<UnitCode, Figures> figuresByUnit(AccessScope scope, Set<UnitCode> units, Period period) {
        requestedUnits.add(units);
        Map<UnitCode, Figures> result = new HashMap<>();
        for (UnitCode unit : scope.restrict(units)) {
            Figures f = new Figures(
                    sum(budget, unit, period.year(), period.month(), period.month()),
                    sum(actuals, unit, period.year(), period.month(), period.month()),
                    sum(budget, unit, period.year(), 1, 12),
                    sum(budget, unit, period.year(), 1, period.month()),
                    sum(actuals, unit, period.year(), 1, period.month()));
            if (has(unit, period.year())) {
                result.put(unit, f);
            }
        }
        return result;
    }

    private boolean has(UnitCode unit, int year) {
        return budget.stream().anyMatch(l -> l.unit().equals(unit) && l.period().year() == year)
                || actuals.stream()
                        .anyMatch(l -> l.unit().equals(unit) && l.period().year() == year);
    }

    private static BigDecimal sum(List<AmountLine> lines, UnitCode unit, int year, int from, int to) {
        return lines.stream()
                .filter(l -> l.unit().equals(unit)
                        && l.period().year() == year
                        && l.period().month() >= from
                        && l.period().month() <= to)
                .map(AmountLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public List<MonthFigures> figuresByMonth(AccessScope scope, Set<UnitCode> units, int year) {
        Set<UnitCode> allowed = scope.restrict(units);
        Map<Integer, BigDecimal[]> months = new TreeMap<>();
        budget.stream()
                .filter(l -> allowed.contains(l.unit()) && l.period().year() == year)
                .forEach(l -> months.computeIfAbsent(l.period().month(), m -> zeros())[0] =
                        months.get(l.period().month())[0].add(l.amount()));
        actuals.stream()
                .filter(l -> allowed.contains(l.unit()) && l.period().year() == year)
                .forEach(l -> months.computeIfAbsent(l.period().month(), m -> zeros())[1] =
                        months.get(l.period().month())[1].add(l.amount()));
        return months.entrySet().stream()
                .map(e -> new MonthFigures(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    @Override
    public List<AccountFigures> figuresByAccount(AccessScope scope, Set<UnitCode> units, Period period) {
        Set<UnitCode> allowed = scope.restrict(units);
        Map<String, Figures> byAccount = new TreeMap<>();
        for (String account : accountsOf(allowed)) {
            Figures total = Figures.ZERO;
            for (UnitCode unit : allowed) {
                total = total.plus(new Figures(
                        sum(filter(budget, account), unit, period.year(), period.month(), period.month()),
                        sum(filter(actuals, account), unit, period.year(), period.month(), period.month()),
                        sum(filter(budget, account), unit, period.year(), 1, 12),
                        sum(filter(budget, account), unit, period.year(), 1, period.month()),
                        sum(filter(actuals, account), unit, period.year(), 1, period.month())));
            }
            byAccount.put(account, total);
        }
        return byAccount.entrySet().stream()
                .map(e -> new AccountFigures(new Account(e.getKey(), "Konto " + e.getKey()), e.getValue()))
                .toList();
    }

    private List<String> accountsOf(Set<UnitCode> units) {
        List<String> accounts = new ArrayList<>();
        for (List<AmountLine> lines : List.of(budget, actuals)) {
            lines.stream()
                    .filter(l -> units.contains(l.unit()))
                    .map(AmountLine::account)
                    .filter(a -> !accounts.contains(a))
                    .forEach(accounts::add);
        }
        return accounts;
    }

    private static List<AmountLine> filter(List<AmountLine> lines, String account) {
        return lines.stream().filter(l -> l.account().equals(account)).toList();
    }

    @Override
    public List<Period> periodsWithActuals() {
        return actuals.stream().map(AmountLine::period).distinct().sorted().toList();
    }

    @Override
    public void saveBudget(Collection<AmountLine> lines) {
        budget.addAll(lines);
    }

    @Override
    public void saveActuals(Collection<AmountLine> lines) {
        actuals.addAll(lines);
    }
}
