package se.ekonomiuppfoljning.testdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.BudgetVersion;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.imports.ImportRepository;
import se.ekonomiuppfoljning.imports.KommunIdentity;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The import port over lists, for domain tests; the MariaDB adapter is tested against the same contract. */
public final class InMemoryImports implements ImportRepository {

    public final List<AmountLine> actuals = new ArrayList<>();
    public final List<AmountLine> budget = new ArrayList<>();
    private final List<ImportRecord> log = new ArrayList<>();
    private final Map<Long, List<AmountLine>> replacedActuals = new HashMap<>();
    private final Map<Long, Set<Period>> periodsOf = new HashMap<>();
    private final Map<Long, Set<UnitCode>> unitsOf = new HashMap<>();
    private final List<BudgetVersion> versions = new ArrayList<>();
    private final Map<Long, List<AmountLine>> replacedBudget = new HashMap<>();
    private final Map<Long, Integer> budgetYearOf = new HashMap<>();
    private final Map<Long, Set<UnitCode>> budgetUnitsOf = new HashMap<>();
    private final Map<Long, List<AmountLine>> versionLines = new HashMap<>();
    private KommunIdentity kommun;

    @Override
    public Optional<KommunIdentity> kommun() {
        return Optional.ofNullable(kommun);
    }

    @Override
    public void saveKommun(KommunIdentity kommun) {
        this.kommun = kommun;
    }

    @Override
    public Map<UnitCode, BigDecimal> actualTotals(Set<UnitCode> units, Set<Period> periods) {
        Map<UnitCode, BigDecimal> sums = new HashMap<>();
        actuals.stream()
                .filter(l -> units.contains(l.unit()) && periods.contains(l.period()))
                .forEach(l -> sums.merge(l.unit(), l.amount(), BigDecimal::add));
        return sums;
    }

    @Override
    public Map<UnitCode, BigDecimal> budgetTotals(Set<UnitCode> units, int year) {
        Map<UnitCode, BigDecimal> sums = new HashMap<>();
        budget.stream()
                .filter(l -> units.contains(l.unit()) && l.period().year() == year)
                .forEach(l -> sums.merge(l.unit(), l.amount(), BigDecimal::add));
        return sums;
    }

    @Override
    public Map<UnitCode, BigDecimal> budgetTotals(Set<UnitCode> units, Set<Period> periods) {
        Map<UnitCode, BigDecimal> sums = new HashMap<>();
        budget.stream()
                .filter(l -> units.contains(l.unit()) && periods.contains(l.period()))
                .forEach(l -> sums.merge(l.unit(), l.amount(), BigDecimal::add));
        return sums;
    }

    @Override
    public long startImport(ImportRecord r) {
        long id = log.size() + 1;
        log.add(new ImportRecord(
                id,
                r.username(),
                r.at(),
                r.fileName(),
                r.sha256(),
                r.kind(),
                r.periods(),
                r.rows(),
                r.result(),
                false));
        return id;
    }

    @Override
    public void replaceActuals(long importId, Set<UnitCode> units, Set<Period> periods, Collection<AmountLine> lines) {
        List<AmountLine> old = actuals.stream()
                .filter(l -> units.contains(l.unit()) && periods.contains(l.period()))
                .toList();
        replacedActuals.put(importId, old);
        periodsOf.put(importId, Set.copyOf(periods));
        unitsOf.merge(importId, Set.copyOf(units), (a, b) -> {
            Set<UnitCode> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        });
        actuals.removeAll(old);
        actuals.addAll(lines);
    }

    @Override
    public void replaceBudget(
            long importId, int year, Set<UnitCode> units, Collection<AmountLine> lines, String username) {
        List<AmountLine> old = budget.stream()
                .filter(l -> units.contains(l.unit()) && l.period().year() == year)
                .toList();
        if (!old.isEmpty()) { // no version of a budget that was not there
            long id = versions.size() + 1;
            ImportRecord record = find(importId).orElseThrow();
            versions.add(new BudgetVersion(
                    id,
                    importId,
                    year,
                    null,
                    record.fileName(),
                    record.at(),
                    username,
                    old.stream().map(AmountLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
            versionLines.put(id, old);
        }
        replacedBudget.put(importId, old);
        budgetYearOf.put(importId, year);
        budgetUnitsOf.put(importId, Set.copyOf(units));
        budget.removeAll(old);
        budget.addAll(lines);
        periodsOf.put(importId, Set.of(new Period(year, 1)));
        unitsOf.merge(importId, Set.copyOf(units), (a, b) -> {
            Set<UnitCode> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        });
    }

    @Override
    public List<ImportRecord> history() {
        return log.stream()
                .sorted(Comparator.comparingLong(ImportRecord::id).reversed())
                .toList();
    }

    @Override
    public Set<UnitCode> unitsOf(long importId) {
        return unitsOf.getOrDefault(importId, Set.of());
    }

    @Override
    public Optional<ImportRecord> find(long importId) {
        return log.stream().filter(r -> r.id() == importId).findFirst();
    }

    @Override
    public boolean hasLaterImportOfSamePeriods(long importId) {
        Set<Period> mine = periodsOf.getOrDefault(importId, Set.of());
        return log.stream()
                .anyMatch(r -> r.id() > importId
                        && !r.undone()
                        && periodsOf.getOrDefault(r.id(), Set.of()).stream().anyMatch(mine::contains));
    }

    @Override
    public void undo(long importId) {
        Set<UnitCode> units = unitsOf.getOrDefault(importId, Set.of());
        Set<Period> periods = periodsOf.getOrDefault(importId, Set.of());
        actuals.removeIf(l -> units.contains(l.unit()) && periods.contains(l.period()));
        actuals.addAll(replacedActuals.getOrDefault(importId, List.of()));
        if (budgetYearOf.containsKey(importId)) {
            int year = budgetYearOf.get(importId);
            Set<UnitCode> budgetUnits = budgetUnitsOf.get(importId);
            budget.removeIf(l -> budgetUnits.contains(l.unit()) && l.period().year() == year);
            budget.addAll(replacedBudget.get(importId));
        }
        ImportRecord r = find(importId).orElseThrow();
        log.set(
                log.indexOf(r),
                new ImportRecord(
                        r.id(),
                        r.username(),
                        r.at(),
                        r.fileName(),
                        r.sha256(),
                        r.kind(),
                        r.periods(),
                        r.rows(),
                        r.result(),
                        true));
    }

    @Override
    public List<BudgetVersion> budgetVersions(int year) {
        return versions.stream().filter(v -> v.year() == year).toList();
    }

    @Override
    public Map<UnitCode, BigDecimal> budgetVersionTotals(long versionId) {
        Map<UnitCode, BigDecimal> sums = new HashMap<>();
        versionLines.getOrDefault(versionId, List.of()).forEach(l -> sums.merge(l.unit(), l.amount(), BigDecimal::add));
        return sums;
    }

    public Set<UnitCode> unitsTouched() {
        Set<UnitCode> all = new HashSet<>();
        unitsOf.values().forEach(all::addAll);
        return all;
    }
}
