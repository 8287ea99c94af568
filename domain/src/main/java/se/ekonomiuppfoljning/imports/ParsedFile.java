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
 * @param unitLines unit code → the line (or sheet row) where the file first names or uses the unit, for messages
 * @param accountLines account → the line where a SIE file first books on it, for messages
 */
public record ParsedFile(
        String fileName,
        String sha256,
        ImportKind kind,
        @Nullable String companyName,
        @Nullable String organisationNumber,
        Map<String, String> accounts,
        Map<UnitCode, String> unitNames,
        Map<UnitCode, Integer> unitLines,
        Map<String, Integer> accountLines,
        List<AmountLine> actuals,
        List<AmountLine> budget,
        long rows,
        List<ImportProblem> warnings) {

    public ParsedFile {
        accounts = Map.copyOf(accounts);
        unitNames = Map.copyOf(unitNames);
        unitLines = Map.copyOf(unitLines);
        accountLines = Map.copyOf(accountLines);
        actuals = AmountLines.copyOf(actuals);
        budget = AmountLines.copyOf(budget);
        warnings = List.copyOf(warnings);
    }

    /** The line where the file first names or uses the unit; 0 where it is not known. */
    public int lineOf(UnitCode unit) {
        return unitLines.getOrDefault(unit, 0);
    }

    /** The months the file's actuals cover. */
    public Set<Period> actualPeriods() {
        if (actuals instanceof AmountLines lines) {
            return new TreeSet<>(lines.periods());
        }
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
        units.addAll(unitsOf(actuals));
        units.addAll(unitsOf(budget));
        return units;
    }

    public Set<String> accountCodes() {
        Set<String> codes = new TreeSet<>();
        codes.addAll(accountsOf(actuals));
        codes.addAll(accountsOf(budget));
        return codes;
    }

    /** The distinct units of the lines, sorted. */
    static Set<UnitCode> unitsOf(List<AmountLine> lines) {
        if (lines instanceof AmountLines compact) {
            return new TreeSet<>(compact.unitCodes());
        }
        Set<UnitCode> units = new TreeSet<>();
        lines.forEach(l -> units.add(l.unit()));
        return units;
    }

    private static Set<String> accountsOf(List<AmountLine> lines) {
        if (lines instanceof AmountLines compact) {
            return new TreeSet<>(compact.accountCodes());
        }
        Set<String> codes = new TreeSet<>();
        lines.forEach(l -> codes.add(l.account()));
        return codes;
    }
}
