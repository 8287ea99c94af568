package se.ekonomiuppfoljning.imports.sie;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.LedgerCode;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** Reads the lines of one SIE file, one at a time, into running sums; {@link #finish()} builds the content. */
final class SieParser {

    private final String fileName;
    /** Whether plain {@code #TRANS} lines skip the general tokenizer (false only in tests comparing both ways). */
    private final boolean fastRows;

    private final Charset charset;
    private final Problems problems;
    private final VoucherSums vouchers;
    private final PeriodBalanceSums balances = new PeriodBalanceSums();
    private final PeriodBalanceSums budgets = new PeriodBalanceSums();

    private int sieType;
    private @Nullable String program;
    private @Nullable String companyName;
    private @Nullable String organisationNumber;
    private final Map<Integer, FiscalYear> fiscalYears = new TreeMap<>();
    private final Map<String, String> accounts = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, Integer> unitLines = new LinkedHashMap<>();
    private final Map<String, Integer> accountLines = new LinkedHashMap<>();
    private final Map<String, BigDecimal> resultYear0 = new LinkedHashMap<>();

    private long records;
    private boolean identified;
    private @Nullable SieChecksum checksum;
    private int checksumLine;
    private boolean checksumClosed;
    private long unlabelled;
    private int firstUnlabelled;

    SieParser(String fileName, Charset charset, boolean refuseUnbalanced, boolean fastRows) {
        this.fileName = fileName;
        this.fastRows = fastRows;
        this.charset = charset;
        this.problems = new Problems(fileName);
        this.vouchers = new VoucherSums(problems, refuseUnbalanced);
    }

    Problems problems() {
        return problems;
    }

    void line(String raw, int lineNo) {
        line(raw, lineNo, 0, 0);
    }

    /**
     * A line of the file; {@code scanned} and {@code ore}: the line's {@code #TRANS} fields scanned ahead by
     * {@link #scanAhead}, or 0 (see {@link VoucherSums#transaction(String, long, long)}).
     */
    void line(String raw, int lineNo, long scanned, long ore) {
        int unitsBefore = vouchers.unitCount();
        int accountsBefore = vouchers.accountCount();
        read(raw, lineNo, scanned, ore);
        if (vouchers.unitCount() > unitsBefore) { // a #TRANS booked on a unit new to the vouchers
            unitLines.putIfAbsent(vouchers.unitCode(unitsBefore), lineNo);
        }
        if (vouchers.accountCount() > accountsBefore) {
            accountLines.putIfAbsent(vouchers.accountCode(accountsBefore), lineNo);
        }
    }

    private void read(String raw, int lineNo, long scanned, long ore) {
        String text = clean(raw);
        if (text.isEmpty()) {
            return;
        }
        records++;
        if (records == 1 && text.charAt(0) != '#') {
            throw problems.refuse(lineNo, "", SieProblem.NOT_SIE_FIRST_LINE);
        }
        if (text.equals("{") || text.equals("}")) {
            if (text.equals("{")) {
                vouchers.openBrace(lineNo);
            } else {
                vouchers.closeBrace(lineNo);
            }
            return;
        }
        if (text.charAt(0) != '#') {
            if (unlabelled++ == 0) {
                firstUnlabelled = lineNo;
            }
            return;
        }
        if (fastRows
                && isPlainTrans(text)
                && (checksum == null || checksumClosed)
                && vouchers.transaction(text, scanned, ore)) {
            return; // the common voucher row, read without the general tokenizer
        }
        SieRecord record;
        try {
            record = SieTokenizer.parse(text, lineNo);
        } catch (SieSyntaxException e) {
            problems.error(lineNo, e);
            return;
        }
        String label = record.label();
        if (label.equals("#KSUMMA")) {
            checksum(record);
            return;
        }
        if (checksum != null && !checksumClosed) {
            checksum.add(record);
        }
        try {
            dispatch(label, record);
        } catch (SieSyntaxException e) {
            problems.error(lineNo, e);
        }
    }

    /** The line as the parser reads it: without end-of-file marks and surrounding blanks. */
    static String clean(String raw) {
        return stripEndOfFile(raw).strip();
    }

    /**
     * Scans a plain {@code #TRANS} line ahead, on the thread that reads the lines: what
     * {@link #line(String, int, long, long)} takes as {@code scanned}, with the amount in {@code ore[0]}; 0 for any
     * other line. The parser decides later whether the scan is used (inside a voucher, no {@code #KSUMMA} open).
     */
    static long scanAhead(String raw, TransScanner scanner, long[] ore) {
        String text = clean(raw);
        if (text.length() >= TransScanner.MAX_PACKED_LENGTH || !isPlainTrans(text)) {
            return 0;
        }
        if (!scanner.scan(text)) {
            return TransScanner.NOT_TAKEN;
        }
        ore[0] = scanner.ore;
        return scanner.packed();
    }

    /** {@code #TRANS} in capitals followed by a blank: the only label {@link VoucherSums#transaction(String)} reads. */
    private static boolean isPlainTrans(String text) {
        return text.length() > 6 && text.startsWith("#TRANS") && (text.charAt(6) == ' ' || text.charAt(6) == '\t');
    }

    private void dispatch(String label, SieRecord record) throws SieSyntaxException {
        // the voucher labels first, compared plainly: they are most of a ledger's lines
        if (label.equals("#VER")) {
            vouchers.startVoucher(record, fiscalYears.get(0));
        } else if (label.equals("#TRANS")) {
            vouchers.transaction(record, true);
        } else if (label.equals("#RTRANS") || label.equals("#BTRANS")) {
            vouchers.transaction(record, false);
        } else {
            vouchers.otherRecord();
            header(label, record);
        }
    }

    private void header(String label, SieRecord record) throws SieSyntaxException {
        switch (label) {
            case "#FLAGGA", "#FORMAT", "#GEN" -> identified = true;
            case "#SIETYP" -> {
                identified = true;
                String type = record.text(0).strip();
                if (type.matches("[1-4]")) {
                    sieType = Integer.parseInt(type);
                } else {
                    problems.warning(record.line(), "#SIETYP", SieProblem.UNKNOWN_SIE_TYPE, type);
                }
            }
            case "#PROGRAM" -> {
                identified = true;
                String name = record.optionalText(0);
                String version = record.optionalText(1);
                program = name == null ? version : version == null ? name : name + " " + version;
            }
            case "#FNAMN" -> companyName = record.optionalText(0);
            case "#ORGNR" -> organisationNumber = record.optionalText(0);
            case "#RAR" -> {
                int index = record.integer(0, "årsnr");
                if (record.optionalText(1) == null && record.optionalText(2) == null) {
                    problems.warning(record.line(), "#RAR", SieProblem.FISCAL_YEAR_WITHOUT_DATES, index);
                    return;
                }
                fiscalYears.put(index, new FiscalYear(index, record.date(1, "start"), record.date(2, "slut")));
            }
            case "#KONTO" -> accounts.put(record.required(0, "konto"), record.text(1));
            case "#OBJEKT" -> {
                if (record.text(0).strip().equals("1")) {
                    String code = record.required(1, "objekt");
                    units.put(code, record.text(2));
                    unitLines.putIfAbsent(code, record.line());
                }
            }
            case "#RES" -> {
                if (record.integer(0, "årsnr") == 0) {
                    resultYear0.merge(record.required(1, "konto"), record.amount(2, "belopp"), BigDecimal::add);
                }
            }
            case "#PSALDO" -> periodBalance(record, balances);
            case "#PBUDGET" -> periodBalance(record, budgets);
            default -> {
                // unknown or unused labels are ignored, as the format says
            }
        }
    }

    /** {@code #PSALDO yearidx YYYYMM account {objects} amount [quantity]}; only year 0 is kept. */
    private void periodBalance(SieRecord record, PeriodBalanceSums sums) throws SieSyntaxException {
        if (record.integer(0, "årsnr") != 0) {
            return;
        }
        Period period = record.period(1, "period");
        String account = record.required(2, "konto");
        boolean hasObjects = record.isObjectList(3);
        BigDecimal amount = record.amount(hasObjects ? 4 : 3, "belopp");
        FiscalYear year0 = fiscalYears.get(0);
        if (year0 != null && !year0.contains(period)) {
            problems.error(
                    record.line(),
                    "period",
                    SieProblem.PERIOD_OUTSIDE_FISCAL_YEAR,
                    period.toString(),
                    year0.start().toString(),
                    year0.end().toString());
            return;
        }
        String unit = SieReader.unitOf(record.objects(3));
        if (unit != null) {
            unitLines.putIfAbsent(unit, record.line());
        }
        accountLines.putIfAbsent(account, record.line());
        sums.add(account, period, record.objects(3), amount);
    }

    private void checksum(SieRecord record) {
        String written = record.text(0).strip();
        if (written.isEmpty()) {
            if (checksum == null) {
                checksum = new SieChecksum(charset);
                checksumLine = record.line();
            }
            return;
        }
        if (checksum == null || checksumClosed) {
            problems.warning(record.line(), "#KSUMMA", SieProblem.CHECKSUM_WITHOUT_OPENING);
            return;
        }
        checksumClosed = true;
        long value;
        try {
            value = Long.parseLong(written);
        } catch (NumberFormatException e) {
            problems.error(record.line(), "#KSUMMA", SieProblem.CHECKSUM_NOT_INTEGER, written);
            return;
        }
        if (!checksum.matches(value)) {
            problems.error(
                    record.line(), "#KSUMMA", SieProblem.CHECKSUM_MISMATCH, written, String.valueOf(checksum.value()));
        }
    }

    SieContent finish() {
        if (records == 0) {
            throw problems.refuse(0, "", SieProblem.NOT_SIE_EMPTY);
        }
        if (!identified) {
            throw problems.refuse(0, "", SieProblem.NOT_SIE_NO_HEADER);
        }
        vouchers.finish();
        if (checksum != null && !checksumClosed) {
            problems.error(checksumLine, "#KSUMMA", SieProblem.CHECKSUM_NOT_CLOSED, checksumLine);
        }
        requireStorableCodes();
        problems.throwIfErrors();
        warnAboutLooseRows();
        List<AmountLine> actuals = actuals();
        List<AmountLine> budget = amountLines(budgets.perUnit(), "#PBUDGET");
        return new SieContent(
                fileName,
                sieType,
                program,
                companyName,
                organisationNumber,
                fiscalYears,
                accounts,
                units,
                unitLines,
                accountLines,
                actuals,
                budget,
                resultYear0,
                withoutZeros(vouchers.perAccount()),
                records,
                vouchers.vouchers(),
                vouchers.transactions(),
                problems.warnings());
    }

    /**
     * The units and accounts the file books on must be codes the portal can hold ({@link LedgerCode}), each refused
     * at the line that first uses it; an account that differs from another only in case is the same account in the
     * database and is refused too. A unit code that is only too long is left out with a warning ({@link AmountSums}).
     */
    private void requireStorableCodes() {
        Set<String> booked = new HashSet<>();
        for (int id = 0; id < vouchers.unitCount(); id++) {
            booked.add(vouchers.unitCode(id));
        }
        balances.perUnit().keySet().forEach(key -> booked.add(key.unit()));
        budgets.perUnit().keySet().forEach(key -> booked.add(key.unit()));
        unitLines.forEach((code, line) -> {
            Problem problem = booked.contains(code) ? UnitCode.problem(code) : null; // a name alone is never stored
            if (problem != null && !code.isBlank() && code.strip().length() <= UnitCode.MAX_LENGTH) {
                problems.error(line, "ansvar", problem);
            }
        });
        Map<String, String> byCanonical = new HashMap<>();
        accountLines.forEach((code, line) -> {
            Problem problem = LedgerCode.accountProblem(code);
            if (problem != null) {
                problems.error(line, "konto", problem);
                return;
            }
            String twin = byCanonical.putIfAbsent(LedgerCode.account(code), code);
            if (twin != null) {
                problems.error(line, "konto", SieProblem.ACCOUNT_TWIN, code, twin);
            }
        });
    }

    private void warnAboutLooseRows() {
        if (unlabelled > 0) {
            problems.warning(firstUnlabelled, "", SieProblem.UNLABELLED_LINES_IGNORED, unlabelled, firstUnlabelled);
        }
        if (vouchers.resultRowsWithoutUnit() > 0) {
            problems.warning(0, "#TRANS", SieProblem.TRANS_WITHOUT_UNIT, vouchers.resultRowsWithoutUnit());
        }
        if (balances.totalsWithoutUnit() > 0) {
            problems.warning(0, "#PSALDO", SieProblem.PSALDO_WITHOUT_UNIT, balances.totalsWithoutUnit());
        }
        if (budgets.totalsWithoutUnit() > 0) {
            problems.warning(0, "#PBUDGET", SieProblem.PBUDGET_WITHOUT_UNIT, budgets.totalsWithoutUnit());
        }
    }

    /** #PSALDO where the file has it for a unit, account and month; vouchers for the rest. */
    private List<AmountLine> actuals() {
        AmountSums merged = vouchers.perUnit();
        TreeSet<Period> conflictMonths = new TreeSet<>();
        long conflicts = 0;
        long differing = 0;
        for (Map.Entry<AmountKey, BigDecimal> balance : balances.perUnit().entrySet()) {
            AmountKey key = balance.getKey();
            int unit = merged.units().id(key.unit());
            int account = merged.accounts().id(key.account());
            int period = merged.periodId(key.period());
            BigDecimal voucher = merged.get(unit, account, period);
            if (voucher != null) {
                conflicts++;
                conflictMonths.add(key.period());
                if (balance.getValue().compareTo(voucher) != 0) {
                    differing++;
                }
            }
            merged.put(unit, account, period, balance.getValue());
        }
        if (conflicts > 0) {
            problems.warning(
                    0, "#PSALDO", SieProblem.PSALDO_AND_VOUCHERS, conflicts, months(conflictMonths), differing);
        }
        return merged.toLines("#PSALDO");
    }

    private List<AmountLine> amountLines(Map<AmountKey, BigDecimal> sums, String label) {
        AmountSums lines = new AmountSums(problems, new Codes(), new Codes());
        sums.forEach((key, sum) -> lines.put(
                lines.units().id(key.unit()), lines.accounts().id(key.account()), lines.periodId(key.period()), sum));
        return lines.toLines(label);
    }

    private static String months(Collection<Period> months) {
        List<String> names = months.stream().limit(12).map(Period::toString).toList();
        return String.join(", ", names) + (months.size() > names.size() ? " …" : "");
    }

    private static Map<String, BigDecimal> withoutZeros(Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> result = new TreeMap<>(sums);
        result.values().removeIf(v -> v.signum() == 0);
        return result;
    }

    /** Old DOS programs end the file with Ctrl-Z. */
    private static String stripEndOfFile(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == '\u001A') {
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
    }
}
