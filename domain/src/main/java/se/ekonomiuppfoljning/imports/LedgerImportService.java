package se.ekonomiuppfoljning.imports;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.ImportPreview.UnitComparison;
import se.ekonomiuppfoljning.imports.ImportPreview.UnknownUnit;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * Imports figures from the ledger (SIE, CSV, xlsx actuals and budgets): read and preview a file (nothing saved),
 * then save it whole. Only economists import, each for the units of their scope. All-or-nothing comes from the one
 * transaction around each service call: a refusal anywhere saves nothing.
 */
public class LedgerImportService {

    /** The most unknown units a refused file lists beside its other problems (a reader stops at 100 errors). */
    static final int MAX_UNKNOWN_LISTED = 100;

    private final OrganisationRepository organisations;
    private final ImportRepository imports;
    private final ImportCaller access;
    private final Clock clock;
    private final long maxBytes;

    public LedgerImportService(
            OrganisationRepository organisations,
            ImportRepository imports,
            CurrentUser currentUser,
            Clock clock,
            long maxBytes) {
        this.organisations = organisations;
        this.imports = imports;
        this.access = new ImportCaller(currentUser);
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Whether the caller may import figures and the organisation (an economist); the page hides the upload else. */
    public boolean mayImport() {
        return access.mayImport();
    }

    /** Reads the file and tells what saving it would do. Saves nothing. */
    public ImportPreview preview(String fileName, ImportKind kind, InputStream in, LongConsumer progress) {
        return preview(fileName, kind, in, progress, ImportProblemCode.UNIT_TO_PLACE);
    }

    /**
     * The preview; a refused file lists every problem found, and beside them the units the organisation does not
     * hold, as {@code unknownUnit} words them (to be placed on the page, or imported first over the API).
     */
    private ImportPreview preview(
            String fileName, ImportKind kind, InputStream in, LongConsumer progress, ImportProblemCode unknownUnit) {
        UserAccount caller = access.requireEconomist();
        Organisation organisation = organisations.load();
        ParsedFile file;
        try {
            file = FileReaders.read(fileName, kind, in, maxBytes, progress);
        } catch (ImportException refused) {
            List<ImportProblem> problems = new ArrayList<>(refused.problems());
            refused.unitLines().keySet().stream()
                    .filter(unit -> organisation.unit(unit).isEmpty())
                    .sorted()
                    .limit(MAX_UNKNOWN_LISTED)
                    .forEach(unit -> problems.add(new ImportProblem(
                            fileName,
                            refused.unitLines().getOrDefault(unit, 0),
                            "ansvar",
                            unknownUnit,
                            unit.value(),
                            unit.value())));
            throw new ImportException(problems);
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (file.actuals().isEmpty() && file.budget().isEmpty()) {
            problems.add(new ImportProblem(file.fileName(), 0, "", ImportProblemCode.NO_UNIT_AMOUNTS));
        }
        LedgerFileChecks.checkKommun(imports, file, problems);
        LedgerFileChecks.checkBudgetYear(file, problems);
        file = LedgerFileChecks.checkAccounts(organisations.accounts(), file, problems);
        LedgerFileChecks.checkAmounts(file, problems);
        List<UnknownUnit> unknown = new ArrayList<>();
        Set<UnitCode> known = new TreeSet<>();
        for (UnitCode unit : file.units()) {
            if (organisation.unit(unit).isPresent()) {
                known.add(unit);
            } else {
                unknown.add(
                        new UnknownUnit(unit, file.unitNames().getOrDefault(unit, unit.value()), file.lineOf(unit)));
            }
        }
        ImportCaller.outsideScope(caller, organisation, known).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            for (UnknownUnit u : unknown.subList(0, Math.min(unknown.size(), MAX_UNKNOWN_LISTED))) {
                problems.add(new ImportProblem(
                        file.fileName(),
                        u.line(),
                        "ansvar",
                        unknownUnit,
                        u.code().value(),
                        u.name()));
            }
            throw new ImportException(problems);
        }
        Set<Period> periods = file.actualPeriods();
        Integer budgetYear = file.budgetYear().orElse(null);
        Map<UnitCode, BigDecimal> currentActual = periods.isEmpty() ? Map.of() : imports.actualTotals(known, periods);
        // "now" at the file's grain: a budget replaces its year's, so beside it the year's budget; beside a file of
        // actuals only, the budget of its months
        Map<UnitCode, BigDecimal> currentBudget = budgetYear != null
                ? imports.budgetTotals(known, budgetYear)
                : periods.isEmpty() ? Map.of() : imports.budgetTotals(known, periods);
        Map<UnitCode, BigDecimal> fileActual = sumByUnit(file.actuals());
        Map<UnitCode, BigDecimal> fileBudget = sumByUnit(file.budget());
        List<UnitComparison> comparisons = new ArrayList<>();
        for (UnitCode unit : file.units()) {
            String name = organisation
                    .unit(unit)
                    .map(Unit::name)
                    .orElse(file.unitNames().getOrDefault(unit, unit.value()));
            comparisons.add(new UnitComparison(
                    unit,
                    name,
                    known.contains(unit),
                    fileActual.getOrDefault(unit, BigDecimal.ZERO),
                    currentActual.getOrDefault(unit, BigDecimal.ZERO),
                    fileBudget.getOrDefault(unit, BigDecimal.ZERO),
                    currentBudget.getOrDefault(unit, BigDecimal.ZERO)));
        }
        return new ImportPreview(file, periods, budgetYear, comparisons, accountTotals(file), unknown);
    }

    /**
     * Saves a previewed file: places unknown units under the chosen parents, sets the kommun's identity on the
     * first import, replaces the actuals of every (unit, month) of the file's periods and the year's budget of
     * its units (keeping the earlier budget as a version), and writes the history.
     */
    public ImportRecord confirm(ImportPreview preview, Map<UnitCode, UnitCode> placements) {
        UserAccount caller = access.requireEconomist();
        ParsedFile file = preview.file();
        Organisation organisation = organisations.load();
        LedgerFileChecks.checkKommun(imports, file);
        List<ImportProblem> problems = new ArrayList<>();
        List<Unit> newUnits = new ArrayList<>();
        for (UnknownUnit unknown : preview.unknownUnits()) {
            UnitCode parent = placements.get(unknown.code());
            if (parent == null) {
                problems.add(new ImportProblem(
                        file.fileName(),
                        unknown.line(),
                        "ansvar",
                        ImportProblemCode.UNIT_TO_PLACE,
                        unknown.code().value(),
                        unknown.name()));
            } else if (organisation.unit(parent).isEmpty()) {
                problems.add(new ImportProblem(
                        file.fileName(),
                        unknown.line(),
                        "ansvar",
                        ImportProblemCode.PLACEMENT_PARENT_UNKNOWN,
                        parent.value(),
                        unknown.code().value()));
            } else {
                ImportCaller.checkScope(caller, organisation, Set.of(parent));
                newUnits.add(new Unit(unknown.code(), unknown.name(), null, parent, null, 1000));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        ImportCaller.checkScope(
                caller,
                organisation,
                preview.units().stream()
                        .filter(UnitComparison::known)
                        .map(UnitComparison::unit)
                        .collect(Collectors.toSet()));
        if (imports.kommun().isEmpty() && file.companyName() != null && file.organisationNumber() != null) {
            imports.saveKommun(new KommunIdentity(file.companyName(), file.organisationNumber()));
        }
        saveAccounts(file);
        if (!newUnits.isEmpty()) {
            organisations.saveUnits(newUnits);
        }
        String periodsText = describe(preview);
        long id = imports.startImport(new ImportRecord(
                0,
                caller.username(),
                clock.instant(),
                file.fileName(),
                file.sha256(),
                file.kind(),
                periodsText,
                file.actuals().size() + file.budget().size(),
                "sparad",
                false));
        if (!file.actuals().isEmpty()) {
            imports.replaceActuals(id, unitsOf(file.actuals()), preview.periods(), file.actuals());
        }
        if (!file.budget().isEmpty() && preview.budgetYear() != null) {
            // the budget replaced is kept as a version of this import, named by the pages from it (file and time)
            imports.replaceBudget(id, preview.budgetYear(), unitsOf(file.budget()), file.budget(), caller.username());
        }
        return imports.find(id).orElseThrow();
    }

    /** Reads and saves in one step, for the integration API: refused when the file has unknown unit codes. */
    public Imported importFile(String fileName, ImportKind kind, InputStream in) {
        ImportPreview preview =
                preview(fileName, kind, in, bytes -> {}, ImportProblemCode.UNIT_UNKNOWN_IMPORT_ORGANISATION_FIRST);
        if (preview.needsPlacement()) {
            throw new ImportException(preview.unknownUnits().stream()
                    .map(u -> new ImportProblem(
                            fileName,
                            u.line(),
                            "ansvar",
                            ImportProblemCode.UNIT_UNKNOWN_IMPORT_ORGANISATION_FIRST,
                            u.code().value(),
                            u.name()))
                    .toList());
        }
        return new Imported(
                confirm(preview, Map.of()),
                List.copyOf(preview.file().units()),
                preview.file().warnings());
    }

    /** A saved import, the units it saved figures for (sorted) and the warnings its file gave. */
    public record Imported(ImportRecord record, List<UnitCode> units, List<ImportProblem> warnings) {}

    /**
     * The units an unknown code may be placed under, in tree order: the units of the economist's scope.
     */
    public List<Unit> placementParents() {
        UserAccount caller = access.requireEconomist();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, caller);
        List<Unit> result = new ArrayList<>();
        for (Unit root : organisation.roots()) {
            organisation.subtree(root.code()).forEach(code -> {
                if (scope.canRead(code)) {
                    result.add(organisation.require(code));
                }
            });
        }
        return result;
    }

    /**
     * Accounts the portal does not know yet are created with the file's name (or "Konto 5011"); known accounts
     * keep their names: the chart of accounts is the portal's, not each file's.
     */
    private void saveAccounts(ParsedFile file) {
        Set<String> known = organisations.accounts().stream().map(Account::code).collect(Collectors.toSet());
        List<Account> accounts = new ArrayList<>();
        for (String code : file.accountCodes()) {
            if (!known.contains(code)) {
                accounts.add(new Account(code, LedgerFileChecks.newAccountName(file, code)));
            }
        }
        if (!accounts.isEmpty()) {
            organisations.saveAccounts(accounts);
        }
    }

    /** The accounts the file books on, in code order, with the file's totals and whether the chart holds them. */
    private List<ImportPreview.AccountTotal> accountTotals(ParsedFile file) {
        Map<String, String> chart =
                organisations.accounts().stream().collect(Collectors.toMap(Account::code, Account::name, (a, b) -> a));
        Map<String, BigDecimal> actual = sumByAccount(file.actuals());
        Map<String, BigDecimal> budget = sumByAccount(file.budget());
        return file.accountCodes().stream()
                .map(code -> new ImportPreview.AccountTotal(
                        code,
                        chart.containsKey(code) ? chart.get(code) : LedgerFileChecks.newAccountName(file, code),
                        chart.containsKey(code),
                        actual.getOrDefault(code, BigDecimal.ZERO),
                        budget.getOrDefault(code, BigDecimal.ZERO)))
                .toList();
    }

    private static Map<String, BigDecimal> sumByAccount(List<AmountLine> lines) {
        return sumBy(lines, AmountLine::account, AmountLines::sumsByAccount);
    }

    private static Map<UnitCode, BigDecimal> sumByUnit(List<AmountLine> lines) {
        return sumBy(lines, AmountLine::unit, AmountLines::sumsByUnit);
    }

    /** The lines' sums per key; compact lines sum in öre ({@code compactSums}). */
    private static <K> Map<K, BigDecimal> sumBy(
            List<AmountLine> lines,
            Function<AmountLine, K> key,
            Function<AmountLines, Map<K, BigDecimal>> compactSums) {
        if (lines instanceof AmountLines compact) {
            return compactSums.apply(compact);
        }
        Map<K, BigDecimal> sums = new HashMap<>();
        lines.forEach(l -> sums.merge(key.apply(l), l.amount(), BigDecimal::add));
        return sums;
    }

    private static Set<UnitCode> unitsOf(List<AmountLine> lines) {
        return ParsedFile.unitsOf(lines);
    }

    private static String describe(ImportPreview preview) {
        List<String> parts = new ArrayList<>();
        if (!preview.periods().isEmpty()) {
            parts.add(preview.periods().stream().map(Period::toString).collect(Collectors.joining(",")));
        }
        if (preview.budgetYear() != null) {
            parts.add("budget " + preview.budgetYear());
        }
        return String.join("; ", parts);
    }
}
