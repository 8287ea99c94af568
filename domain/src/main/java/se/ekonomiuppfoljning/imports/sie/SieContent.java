package se.ekonomiuppfoljning.imports.sie;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.imports.ImportProblem;

/**
 * What a SIE file holds, aggregated.
 *
 * @param sieType                1 to 4 from {@code #SIETYP}, 0 when the file does not say
 * @param program                {@code #PROGRAM} name and version
 * @param fiscalYears            {@code #RAR} by year index (0 current, −1 previous)
 * @param accounts               {@code #KONTO} code → name
 * @param units                  {@code #OBJEKT 1} (ansvar) code → name
 * @param unitLines              ansvar code → the line where the file first names it ({@code #OBJEKT 1}) or books on
 *                               it ({@code #TRANS}, {@code #PSALDO}, {@code #PBUDGET}), in file order
 * @param accountLines           account → the line where the file first books on it, in file order
 * @param actuals                year 0 per unit (dimension 1), account and month; from {@code #PSALDO} where the
 *                               file has it for that unit, account and month, else from the vouchers; zero sums
 *                               dropped; sorted by unit, account, month
 * @param budget                 {@code #PBUDGET} year 0, same rules
 * @param resultYear0            {@code #RES 0} account → amount
 * @param voucherTotalsByAccount counted {@code #TRANS} of the vouchers dated in year 0, per account, every account,
 *                               with or without a unit; zero sums dropped
 * @param recordCount            non-blank lines
 * @param voucherCount           {@code #VER} records
 * @param transactionCount       counted {@code #TRANS} records (not {@code #RTRANS}/{@code #BTRANS})
 * @param warnings               problems worded by the UI, with line numbers where they have one
 */
public record SieContent(
        String fileName,
        int sieType,
        @Nullable String program,
        @Nullable String companyName,
        @Nullable String organisationNumber,
        Map<Integer, FiscalYear> fiscalYears,
        Map<String, String> accounts,
        Map<String, String> units,
        Map<String, Integer> unitLines,
        Map<String, Integer> accountLines,
        List<AmountLine> actuals,
        List<AmountLine> budget,
        Map<String, BigDecimal> resultYear0,
        Map<String, BigDecimal> voucherTotalsByAccount,
        long recordCount,
        long voucherCount,
        long transactionCount,
        List<ImportProblem> warnings) {

    public SieContent {
        fiscalYears = ordered(fiscalYears);
        accounts = ordered(accounts);
        units = ordered(units);
        unitLines = ordered(unitLines);
        accountLines = ordered(accountLines);
        actuals = AmountLines.copyOf(actuals);
        budget = AmountLines.copyOf(budget);
        resultYear0 = ordered(resultYear0);
        voucherTotalsByAccount = ordered(voucherTotalsByAccount);
        warnings = List.copyOf(warnings);
    }

    /** An unmodifiable copy that keeps the given order (the file's, or sorted). */
    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
