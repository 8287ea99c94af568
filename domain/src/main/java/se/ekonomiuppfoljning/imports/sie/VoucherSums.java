package se.ekonomiuppfoljning.imports.sie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import se.ekonomiuppfoljning.common.Period;

/**
 * Follows the vouchers of a type 4 file ({@code #VER}, {@code {}, {@code #TRANS} rows, {@code }}) one row at a
 * time: checks that each voucher sums to zero and adds the counted {@code #TRANS} rows of the vouchers dated in
 * fiscal year 0 into sums per unit, account and the voucher date's month. {@code #RTRANS} (followed by the
 * identical {@code #TRANS}) and {@code #BTRANS} (a removed row) are not counted.
 */
final class VoucherSums {

    private final Problems problems;
    private final boolean refuseUnbalanced;
    private final Map<AmountKey, BigDecimal> perUnit = new HashMap<>();
    private final Map<String, BigDecimal> perAccount = new TreeMap<>();

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
        BigDecimal sum = BigDecimal.ZERO.setScale(2);

        Voucher(String series, String number, int line, @Nullable Period period, boolean counted) {
            this.series = series;
            this.number = number;
            this.line = line;
            this.period = period;
            this.counted = counted;
        }

        String name() {
            return (series + " " + number).strip();
        }
    }

    /** {@code refuseUnbalanced} false turns an unbalanced voucher into a warning (diagnostics only). */
    VoucherSums(Problems problems, boolean refuseUnbalanced) {
        this.problems = problems;
        this.refuseUnbalanced = refuseUnbalanced;
    }

    /** {@code #VER series number date [text] ...}; {@code year0} null when the file has no {@code #RAR 0}. */
    void startVoucher(SieRecord record, @Nullable FiscalYear year0) {
        if (open && current != null) {
            problems.error(current.line, "#VER", "verifikation " + current.name() + " saknar avslutande }");
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
            problems.error(record.line(), e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            problems.error(record.line(), "verifikationsdatum", "verifikationsdatumet är orimligt: " + record.text(2));
        }
        current = new Voucher(series, number, record.line(), period, counted);
    }

    /** A line holding only {@code {}. */
    void openBrace(int line) {
        if (current == null || open) {
            problems.error(line, "{", "{ utan föregående #VER");
            return;
        }
        open = true;
    }

    /** A line holding only {@code }}. */
    void closeBrace(int line) {
        Voucher voucher = current;
        if (voucher == null || !open) {
            problems.error(line, "}", "} utan öppnad verifikation");
            return;
        }
        if (voucher.sum.signum() != 0) {
            String message = "verifikation " + voucher.name() + " är inte i balans: summan är "
                    + SieReader.kronor(voucher.sum) + " kr";
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
            problems.error(record.line(), record.label(), record.label() + " utanför verifikation");
            return;
        }
        if (!counted) {
            return;
        }
        transactions++;
        try {
            String account = record.required(0, "konto");
            boolean hasObjects = record.isObjectList(1);
            BigDecimal amount = record.amount(hasObjects ? 2 : 1, "belopp");
            voucher.sum = voucher.sum.add(amount);
            if (!voucher.counted || voucher.period == null) {
                return;
            }
            perAccount.merge(account, amount, BigDecimal::add);
            String unit = SieReader.unitOf(record.objects(1));
            if (unit != null) {
                perUnit.merge(new AmountKey(unit, account, voucher.period), amount, BigDecimal::add);
            } else if (SieAccounts.isResultAccount(account)) {
                resultRowsWithoutUnit++;
            }
        } catch (SieSyntaxException e) {
            problems.error(record.line(), e.field(), e.getMessage());
        }
    }

    /** At the end of the file: a voucher still open means the file was cut. */
    void finish() {
        if (open && current != null) {
            problems.error(current.line, "#VER", "verifikation " + current.name()
                    + " saknar avslutande } – filen verkar avkortad");
        }
        if (outsideYear > 0) {
            problems.warning(firstOutsideLine, "#VER", outsideYear + " verifikationer är daterade utanför"
                    + " räkenskapsåret (#RAR 0) och ingår inte i utfallet; den första står på rad " + firstOutsideLine);
        }
    }

    Map<AmountKey, BigDecimal> perUnit() {
        return perUnit;
    }

    Map<String, BigDecimal> perAccount() {
        return perAccount;
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
