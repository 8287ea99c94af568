package se.ekonomiuppfoljning.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.Account;

/** The checks of a ledger file before its preview: its kommun, its accounts, its amounts and its budget year. */
final class LedgerFileChecks {

    private LedgerFileChecks() {}

    /** The most a stored amount can be (the figure columns are DECIMAL(15, 2)), in kronor. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    static void checkKommun(ImportRepository imports, ParsedFile file) {
        List<ImportProblem> problems = new ArrayList<>();
        checkKommun(imports, file, problems);
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    /** Adds the problem of a file of another organisation than the portal's kommun. */
    static void checkKommun(ImportRepository imports, ParsedFile file, List<ImportProblem> problems) {
        String number = file.organisationNumber();
        if (number == null) {
            return;
        }
        imports.kommun().ifPresent(kommun -> {
            if (!kommun.sameOrganisation(number)) {
                String company = file.companyName();
                problems.add(new ImportProblem(
                        file.fileName(),
                        0,
                        "",
                        ImportProblemCode.OTHER_ORGANISATION,
                        number,
                        company == null ? Problem.of(ImportProblemCode.UNKNOWN_COMPANY_NAME) : company,
                        kommun.name(),
                        kommun.organisationNumber()));
            }
        });
    }

    /**
     * A SIE file names its accounts (#KONTO): an amount on an account neither the file nor the portal knows is
     * refused (added to {@code problems}). A CSV cannot name them: unknown accounts are created as "Konto 5011",
     * with a warning.
     */
    static ParsedFile checkAccounts(Collection<Account> accounts, ParsedFile file, List<ImportProblem> problems) {
        Set<String> known = accounts.stream().map(Account::code).collect(Collectors.toSet());
        List<String> unknown = file.accountCodes().stream()
                .filter(code -> !known.contains(code) && !file.accounts().containsKey(code))
                .toList();
        if (unknown.isEmpty()) {
            return file;
        }
        if (file.kind() == ImportKind.SIE) {
            unknown.forEach(code -> problems.add(new ImportProblem(
                    file.fileName(),
                    file.accountLines().getOrDefault(code, 0),
                    "konto",
                    ImportProblemCode.ACCOUNT_UNKNOWN,
                    code)));
            return file;
        }
        List<ImportProblem> warnings = new ArrayList<>(file.warnings());
        warnings.add(
                new ImportProblem(file.fileName(), 0, "konto", ImportProblemCode.ACCOUNTS_CREATED, unknown.toString()));
        return new ParsedFile(
                file.fileName(),
                file.sha256(),
                file.kind(),
                file.companyName(),
                file.organisationNumber(),
                file.accounts(),
                file.unitNames(),
                file.unitLines(),
                file.accountLines(),
                file.actuals(),
                file.budget(),
                file.rows(),
                warnings);
    }

    /**
     * Refuses sums the database cannot hold exactly, rather than letting them be cut: per unit, account and month,
     * as they will be stored (lines of a CSV with the same key are added). At most 20 are listed.
     */
    static void checkAmounts(ParsedFile file, List<ImportProblem> found) {
        List<ImportProblem> problems = new ArrayList<>();
        for (List<AmountLine> lines : List.of(file.actuals(), file.budget())) {
            Map<List<Object>, BigDecimal> sums = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines instanceof AmountLines compact
                        && compact.inOre(i)
                        && Math.abs(compact.ore(i)) <= 999_999_999_999_999L) {
                    continue; // the common case, one line per key, without making the line
                }
                AmountLine line = lines.get(i);
                sums.merge(List.of(line.unit(), line.account(), line.period()), line.amount(), BigDecimal::add);
            }
            sums.forEach((key, sum) -> {
                if (sum.abs().compareTo(MAX_AMOUNT) > 0 && problems.size() < 20) {
                    problems.add(new ImportProblem(
                            file.fileName(),
                            0,
                            "belopp",
                            ImportProblemCode.SUM_TOO_LARGE,
                            key.get(0).toString(),
                            key.get(1).toString(),
                            key.get(2).toString(),
                            sum.toPlainString().replace('.', ',')));
                }
            });
        }
        found.addAll(problems);
    }

    static void checkBudgetYear(ParsedFile file, List<ImportProblem> problems) {
        Set<Integer> years = new TreeSet<>();
        file.budget().forEach(l -> years.add(l.period().year()));
        if (years.size() > 1) {
            problems.add(new ImportProblem(
                    file.fileName(), 0, "", ImportProblemCode.BUDGET_MORE_THAN_ONE_YEAR, years.toString()));
        }
    }

    /** The name an account new to the chart gets: the file's (#KONTO), else "Konto 5011". */
    static String newAccountName(ParsedFile file, String code) {
        return file.accounts().getOrDefault(code, "Konto " + code);
    }
}
