package se.ekonomiuppfoljning.imports.sie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;

/**
 * Follows the vouchers of a type 4 file ({@code #VER}, {@code {}, {@code #TRANS} rows, {@code }}) one row at a
 * time: checks that each voucher sums to zero and adds the counted {@code #TRANS} rows of the vouchers dated in
 * fiscal year 0 into sums per unit, account and the voucher date's month. {@code #RTRANS} (followed by the
 * identical {@code #TRANS}) and {@code #BTRANS} (a removed row) are not counted.
 */
final class VoucherSums {

    private final Problems problems;
    private final boolean refuseUnbalanced;
    private final AmountSums perUnit;
    /**
     * Per account id (every counted row, with or without a unit): a sum in öre, plus in {@code accountLarge} what
     * did not fit in it.
     */
    private long[] accountOre = new long[512];

    private boolean[] accountSeen = new boolean[512];
    private final Map<Integer, BigDecimal> accountLarge = new HashMap<>();
    private final TransScanner scanner = new TransScanner();

    private @Nullable Voucher current;
    private boolean open;
    private long vouchers;
    private long transactions;
    private long resultRowsWithoutUnit;
    private long outsideYear;
    private int firstOutsideLine;

    private static final class Voucher {
        final String series;
        final String number;
        final int line;
        final @Nullable Period period;
        final boolean counted;
        final int periodId;
        /** The running sum in öre; once it no longer fits, {@code large} holds the sum instead. */
        long ore;

        @Nullable
        BigDecimal large;

        Voucher(String series, String number, int line, @Nullable Period period, boolean counted, int periodId) {
            this.series = series;
            this.number = number;
            this.line = line;
            this.period = period;
            this.counted = counted;
            this.periodId = periodId;
        }

        void add(long amount) {
            long sum = large == null ? Ore.add(ore, amount) : Ore.NOT_SIMPLE;
            if (sum != Ore.NOT_SIMPLE) {
                ore = sum;
            } else {
                add(Ore.kronor(amount));
            }
        }

        void add(BigDecimal amount) {
            large = (large == null ? Ore.kronor(ore) : large).add(amount);
        }

        BigDecimal sum() {
            return large != null ? large : Ore.kronor(ore);
        }

        boolean balanced() {
            return large != null ? large.signum() == 0 : ore == 0;
        }

        String name() {
            return (series + " " + number).strip();
        }
    }

    /** {@code refuseUnbalanced} false turns an unbalanced voucher into a warning (diagnostics only). */
    VoucherSums(Problems problems, boolean refuseUnbalanced) {
        this.problems = problems;
        this.refuseUnbalanced = refuseUnbalanced;
        this.perUnit = new AmountSums(problems, new Codes(), new Codes());
    }

    /** {@code #VER series number date [text] ...}; {@code year0} null when the file has no {@code #RAR 0}. */
    void startVoucher(SieRecord record, @Nullable FiscalYear year0) {
        if (open && current != null) {
            problems.error(current.line, "#VER", SieProblem.VOUCHER_NOT_CLOSED, current.name());
        }
        open = false;
        vouchers++;
        String series = record.text(0).strip();
        String number = record.text(1).strip();
        Period period = null;
        boolean counted = false;
        try {
            LocalDate date = record.date(2, "verifikationsdatum");
            period = new Period(date.getYear(), date.getMonthValue());
            counted = year0 == null || year0.contains(date);
            if (!counted && outsideYear++ == 0) {
                firstOutsideLine = record.line();
            }
        } catch (SieSyntaxException e) {
            problems.error(record.line(), e);
        } catch (IllegalArgumentException e) {
            problems.error(record.line(), "verifikationsdatum", SieProblem.VOUCHER_DATE_UNREASONABLE, record.text(2));
        }
        current = new Voucher(
                series,
                number,
                record.line(),
                period,
                counted,
                counted && period != null ? perUnit.periodId(period) : -1);
    }

    /** A line holding only {@code {}. */
    void openBrace(int line) {
        if (current == null || open) {
            problems.error(line, "{", SieProblem.BRACE_WITHOUT_VOUCHER);
            return;
        }
        open = true;
    }

    /** A line holding only {@code }}. */
    void closeBrace(int line) {
        Voucher voucher = current;
        if (voucher == null || !open) {
            problems.error(line, "}", SieProblem.CLOSING_BRACE_WITHOUT_VOUCHER);
            return;
        }
        if (!voucher.balanced()) {
            Problem message =
                    Problem.of(SieProblem.VOUCHER_UNBALANCED, voucher.name(), SieReader.kronor(voucher.sum()));
            if (refuseUnbalanced) {
                problems.error(voucher.line, "#VER", message);
            } else {
                problems.warning(voucher.line, "#VER", message);
            }
        }
        open = false;
        current = null;
    }

    /** Any other record: a {@code #VER} not followed by {@code {} has no rows. */
    void otherRecord() {
        if (!open) {
            current = null;
        }
    }

    /** {@code #TRANS account {objects} amount [date] [text] ...}; {@code counted} false for #RTRANS/#BTRANS. */
    void transaction(SieRecord record, boolean counted) {
        Voucher voucher = current;
        if (voucher == null || !open) {
            problems.error(record.line(), record.label(), SieProblem.ROW_OUTSIDE_VOUCHER, record.label());
            return;
        }
        if (!counted) {
            return;
        }
        transactions++;
        try {
            String account = record.required(0, "konto");
            boolean hasObjects = record.isObjectList(1);
            int amountField = hasObjects ? 2 : 1;
            String amountText = record.text(amountField).strip();
            long ore = Ore.parse(amountText, 0, amountText.length());
            BigDecimal amount = ore == Ore.NOT_SIMPLE ? record.amount(amountField, "belopp") : null;
            String unit = SieReader.unitOf(record.objects(1));
            int accountId = perUnit.accounts().id(account);
            int unitId = unit == null ? -1 : perUnit.units().id(unit);
            if (amount == null) {
                count(voucher, accountId, unitId, ore);
            } else {
                count(voucher, accountId, unitId, amount);
            }
        } catch (SieSyntaxException e) {
            problems.error(record.line(), e);
        }
    }

    /**
     * A counted {@code #TRANS} line read without the general tokenizer ({@link TransScanner}); false, having done
     * nothing, when the line needs the general way (outside a voucher, an unusual or a wrong field).
     */
    boolean transaction(String line) {
        return transaction(line, 0, 0);
    }

    /**
     * As {@link #transaction(String)}, with the line scanned ahead on the reading thread: {@code scanned} is
     * {@link TransScanner#packed()} and {@code ore} its amount, {@link TransScanner#NOT_TAKEN} for a line the
     * scanner did not take, or 0 when it was not scanned ahead.
     */
    boolean transaction(String line, long scanned, long ore) {
        Voucher voucher = current;
        if (voucher == null || !open || scanned == TransScanner.NOT_TAKEN) {
            return false;
        }
        if (scanned != 0) {
            scanner.unpack(scanned, ore);
        } else if (!scanner.scan(line)) {
            return false;
        }
        transactions++;
        int accountId = perUnit.accounts().id(line, scanner.accountFrom, scanner.accountTo);
        int unitId = scanner.unitFrom < 0 ? -1 : perUnit.units().id(line, scanner.unitFrom, scanner.unitTo);
        count(voucher, accountId, unitId, scanner.ore);
        return true;
    }

    private void count(Voucher voucher, int accountId, int unitId, long ore) {
        voucher.add(ore);
        if (!voucher.counted || voucher.period == null) {
            return;
        }
        addToAccount(accountId, ore);
        if (unitId >= 0) {
            perUnit.add(unitId, accountId, voucher.periodId, ore);
        } else if (SieAccounts.isResultAccount(perUnit.accounts().code(accountId))) {
            resultRowsWithoutUnit++;
        }
    }

    private void count(Voucher voucher, int accountId, int unitId, BigDecimal amount) {
        voucher.add(amount);
        if (!voucher.counted || voucher.period == null) {
            return;
        }
        seeAccount(accountId);
        accountLarge.merge(accountId, amount, BigDecimal::add);
        if (unitId >= 0) {
            perUnit.add(unitId, accountId, voucher.periodId, amount);
        } else if (SieAccounts.isResultAccount(perUnit.accounts().code(accountId))) {
            resultRowsWithoutUnit++;
        }
    }

    private void addToAccount(int accountId, long ore) {
        seeAccount(accountId);
        long sum = Ore.add(accountOre[accountId], ore);
        if (sum != Ore.NOT_SIMPLE) {
            accountOre[accountId] = sum;
        } else {
            accountLarge.merge(accountId, Ore.kronor(ore), BigDecimal::add);
        }
    }

    private void seeAccount(int accountId) {
        if (accountId >= accountOre.length) {
            int length = Math.max(accountId + 1, accountOre.length * 2);
            accountOre = Arrays.copyOf(accountOre, length);
            accountSeen = Arrays.copyOf(accountSeen, length);
        }
        accountSeen[accountId] = true;
    }

    /** At the end of the file: a voucher still open means the file was cut. */
    void finish() {
        if (open && current != null) {
            problems.error(current.line, "#VER", SieProblem.VOUCHER_CUT_OFF, current.name());
        }
        if (outsideYear > 0) {
            problems.warning(
                    firstOutsideLine, "#VER", SieProblem.VOUCHERS_OUTSIDE_FISCAL_YEAR, outsideYear, firstOutsideLine);
        }
    }

    /** The counted rows with a unit, per unit, account and month (zero sums included). */
    /** How many distinct units the vouchers have booked on so far; numbered 0, 1, 2… in the order first seen. */
    int unitCount() {
        return perUnit.units().size();
    }

    String unitCode(int id) {
        return perUnit.units().code(id);
    }

    /** How many distinct accounts the vouchers have booked on so far, numbered as the units are. */
    int accountCount() {
        return perUnit.accounts().size();
    }

    String accountCode(int id) {
        return perUnit.accounts().code(id);
    }

    AmountSums perUnit() {
        return perUnit;
    }

    /** The counted rows per account, with or without a unit (zero sums included). */
    Map<String, BigDecimal> perAccount() {
        Map<String, BigDecimal> result = new TreeMap<>();
        for (int id = 0; id < accountSeen.length; id++) {
            if (accountSeen[id]) {
                BigDecimal large = accountLarge.get(id);
                BigDecimal ore = Ore.kronor(accountOre[id]);
                result.put(perUnit.accounts().code(id), large == null ? ore : ore.add(large));
            }
        }
        return result;
    }

    long vouchers() {
        return vouchers;
    }

    long transactions() {
        return transactions;
    }

    long resultRowsWithoutUnit() {
        return resultRowsWithoutUnit;
    }
}
