package se.ekonomiuppfoljning.imports;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.LedgerCode;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Reads budget or actual amounts from CSV: UTF-8, {@code ;} (a field may be quoted, see {@link CsvRows}), a header
 * {@code ansvar;konto;period;belopp} (any order), period {@code YYYY-MM} or {@code YYYYMM}, amounts in kronor with a decimal comma or point and
 * at most two decimals. Reads the whole file before answering: every problem is reported, or none.
 */
public final class AmountCsvReader {

    static final List<String> COLUMNS = List.of("ansvar", "konto", "period", "belopp");

    private AmountCsvReader() {}

    public static AmountRows read(String fileName, Reader source) {
        List<ImportProblem> problems = new ArrayList<>();
        List<AmountLine> lines = new ArrayList<>();
        Map<UnitCode, Integer> unitLines = new HashMap<>();
        CsvRows.read(fileName, source, COLUMNS, header -> {
            int[] index = header.indexes(COLUMNS);
            return (lineNo, fields) -> {
                AmountLine line = parse(fileName, lineNo, fields, index, problems, unitLines);
                if (line != null) {
                    lines.add(line);
                }
            };
        });
        if (!problems.isEmpty()) {
            throw new ImportException(problems, unitLines);
        }
        return new AmountRows(lines, unitLines);
    }

    /**
     * One row's line, or null when it has a problem (added to {@code problems}); a valid unit code is recorded in
     * {@code unitLines} with the first line naming it, even on a row refused for another field, so that a refused
     * file can also list the units the organisation does not hold.
     */
    static @Nullable AmountLine parse(
            String file,
            int lineNo,
            String[] fields,
            int[] index,
            List<ImportProblem> problems,
            Map<UnitCode, Integer> unitLines) {
        int before = problems.size();
        String unit = field(fields, index[0]);
        String account = field(fields, index[1]);
        String period = field(fields, index[2]);
        String amount = field(fields, index[3]);
        UnitCode unitCode = null;
        Period parsedPeriod = null;
        BigDecimal parsedAmount = null;
        Problem unitProblem = unit.isEmpty() ? null : UnitCode.problem(unit);
        if (unit.isEmpty()) {
            problems.add(new ImportProblem(file, lineNo, "ansvar", ImportProblemCode.UNIT_CODE_MISSING));
        } else if (unitProblem != null) {
            problems.add(new ImportProblem(file, lineNo, "ansvar", unitProblem));
        } else {
            unitCode = UnitCode.of(unit);
            unitLines.putIfAbsent(unitCode, lineNo);
        }
        if (!account.matches("\\d{3,10}")) {
            problems.add(new ImportProblem(
                    file, lineNo, "konto", ImportProblemCode.ACCOUNT_NOT_DIGITS, LedgerCode.printable(account)));
        }
        try {
            parsedPeriod = Period.parse(period);
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(
                    file, lineNo, "period", ImportProblemCode.PERIOD_NOT_YEAR_MONTH, LedgerCode.printable(period)));
        }
        parsedAmount = parseAmount(amount);
        if (parsedAmount == null) {
            problems.add(new ImportProblem(
                    file, lineNo, "belopp", ImportProblemCode.AMOUNT_NOT_KRONOR, LedgerCode.printable(amount)));
        }
        if (problems.size() > before || unitCode == null || parsedPeriod == null || parsedAmount == null) {
            return null;
        }
        return new AmountLine(unitCode, account, parsedPeriod, parsedAmount);
    }

    /** Kronor with a decimal comma or point, at most two decimals, no thousands separators; null if not. */
    static @Nullable BigDecimal parseAmount(String text) {
        String t = text.strip().replace('\u2212', '-');
        if (!t.matches("-?\\d{1,13}([.,]\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(t.replace(',', '.')).setScale(2);
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index].strip() : "";
    }
}
