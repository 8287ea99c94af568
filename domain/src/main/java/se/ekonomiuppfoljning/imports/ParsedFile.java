package se.ekonomiuppfoljning.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * A read file, whatever its format: its identity and the amounts it carries, aggregated per unit, account and
 * month.
 *
 * @param accounts  account code → name, where the file names them
 * @param unitNames unit code → name, where the file names them (#OBJEKT 1)
 */
public record ParsedFile(String fileName, String sha256, ImportKind kind, @Nullable String companyName,
                         @Nullable String organisationNumber, Map<String, String> accounts,
                         Map<UnitCode, String> unitNames, List<AmountLine> actuals, List<AmountLine> budget,
                         long rows, List<ImportProblem> warnings) {

    public ParsedFile {
        accounts = Map.copyOf(accounts);
        unitNames = Map.copyOf(unitNames);
        actuals = List.copyOf(actuals);
        budget = List.copyOf(budget);
        warnings = List.copyOf(warnings);
    }

    /** The months the file's actuals cover. */
    public Set<Period> actualPeriods() {
        Set<Period> periods = new TreeSet<>();
        actuals.forEach(l -> periods.add(l.period()));
        return periods;
    }

    /** The budget year (the file's budget lines all belong to one year). */
    public Optional<Integer> budgetYear() {
        return budget.stream().map(l -> l.period().year()).findFirst();
    }

    public Set<UnitCode> units() {
        Set<UnitCode> units = new TreeSet<>();
        actuals.forEach(l -> units.add(l.unit()));
        budget.forEach(l -> units.add(l.unit()));
        return units;
    }

    public Set<String> accountCodes() {
        Set<String> codes = new TreeSet<>();
        actuals.forEach(l -> codes.add(l.account()));
        budget.forEach(l -> codes.add(l.account()));
        return codes;
    }
}
