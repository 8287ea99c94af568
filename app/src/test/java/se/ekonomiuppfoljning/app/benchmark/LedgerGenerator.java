package se.ekonomiuppfoljning.app.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Writes a synthetic one-year ledger (2026) as a SIE 4 file, and the same {@code #TRANS} rows as CSV
 * ({@code unit;account;year;month;amount}, the unit empty for the bank rows), streaming both. Shaped like a real
 * ledger: each unit books on 30–60 of the result accounts (classes 3–8), amounts are log-normal (many small, a
 * few large), vouchers have 2–10 rows over the year and balance to 0 against bank account 1930 (no unit).
 * Amounts are whole öre in a {@code long}; the same seed gives the same files.
 */
public final class LedgerGenerator {

    public static final int YEAR = 2026;
    static final String BANK = "1930";

    private final int units;
    private final int accounts;
    private final long rows;
    private final SplittableRandom random;
    private final String[] accountCodes;
    private final int[][] unitAccounts;

    public LedgerGenerator(int units, int accounts, long rows, long seed) {
        if (units < 1 || accounts < 1 || rows < 2) {
            throw new IllegalArgumentException("need at least 1 unit, 1 account and 2 rows");
        }
        this.units = units;
        this.accounts = accounts;
        this.rows = rows;
        this.random = new SplittableRandom(seed);
        this.accountCodes = accountCodes(accounts);
        this.unitAccounts = new int[units][];
        for (int u = 0; u < units; u++) {
            unitAccounts[u] = pick(Math.min(accounts, 30 + random.nextInt(31)), accounts);
        }
    }

    /** The code of unit {@code index} (0-based), e.g. {@code U00001}. */
    public static String unitCode(int index) {
        return String.format("U%05d", index + 1);
    }

    /** How many förvaltningar (each under a nämnd of its own) the units are spread over. */
    static final int FORVALTNINGAR = 20;

    /** The units of the first förvaltning, {@code BEN01}, the benchmark's förvaltning-level table. */
    static final int FIRST_FORVALTNING_UNITS = 300;

    /** The code of förvaltning {@code index} (0-based), e.g. {@code BEN01}, and of its nämnd, e.g. {@code N01}. */
    static String forvaltning(int index) {
        return String.format("BEN%02d", index + 1);
    }

    static String namnd(int index) {
        return String.format("N%02d", index + 1);
    }

    /** The förvaltning of unit {@code u}: the first 300 units in the first, the rest spread evenly over the others. */
    int forvaltningOf(int u) {
        int first = Math.min(FIRST_FORVALTNING_UNITS, units);
        if (u < first || units == first) {
            return 0;
        }
        return 1 + (int) ((long) (u - first) * (FORVALTNINGAR - 1) / (units - first));
    }

    /**
     * The organisation CSV: {@value #FORVALTNINGAR} förvaltningar {@code BEN01}… under the demo root EXB, each
     * reporting to its nämnd {@code N01}… (which the caller stores first), departments of up to 100 units in each,
     * then the units.
     */
    public void writeOrganisation(Path file) throws IOException {
        writeOrganisation(file, LedgerGenerator::namnd);
    }

    /**
     * The same organisation CSV with förvaltning {@code f} reporting to committee {@code committeeOf.apply(f)}: for a
     * caller that stores no nämnder of its own, e.g. every förvaltning under the demo's TN.
     */
    public void writeOrganisation(Path file, IntFunction<String> committeeOf) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kod;namn;överordnad;nämnd\n");
            int[] size = new int[FORVALTNINGAR];
            for (int u = 0; u < units; u++) {
                size[forvaltningOf(u)]++;
            }
            for (int f = 0; f < FORVALTNINGAR; f++) {
                if (size[f] == 0) {
                    continue;
                }
                out.write(forvaltning(f) + ";Förvaltning " + (f + 1) + ";EXB;" + committeeOf.apply(f) + "\n");
                for (int d = 0; d * 100 < size[f]; d++) {
                    out.write(
                            department(f, d) + ";Avdelning " + (f + 1) + "." + (d + 1) + ";" + forvaltning(f) + ";\n");
                }
            }
            int[] seen = new int[FORVALTNINGAR];
            for (int u = 0; u < units; u++) {
                int f = forvaltningOf(u);
                out.write(unitCode(u) + ";Enhet " + (u + 1) + ";" + department(f, seen[f]++ / 100) + ";\n");
            }
        }
    }

    private static String department(int forvaltning, int index) {
        return String.format("%sA%02d", forvaltning(forvaltning), index + 1);
    }

    /** Writes the SIE file and the CSV of its rows; returns the number of vouchers. */
    public long write(Path sie, Path csv) throws IOException {
        try (BufferedWriter s = Files.newBufferedWriter(sie, StandardCharsets.ISO_8859_1);
                BufferedWriter c = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII)) {
            header(s);
            long written = 0;
            long voucher = 0;
            long[] amounts = new long[10];
            int[] rowUnits = new int[10];
            int[] rowAccounts = new int[10];
            while (written < rows) {
                int size = voucherSize(rows - written);
                int month = 1 + random.nextInt(12);
                s.write("#VER A " + (++voucher) + " " + YEAR + two(month) + two(1 + random.nextInt(28)) + "\n{\n");
                int unit = skewedUnit();
                boolean spread = random.nextInt(5) == 0; // one voucher in five is spread over several units
                long sum = 0;
                for (int i = 0; i < size - 1; i++) {
                    rowUnits[i] = spread ? skewedUnit() : unit;
                    int[] own = unitAccounts[rowUnits[i]];
                    rowAccounts[i] = own[random.nextInt(own.length)];
                    amounts[i] = amount(accountCodes[rowAccounts[i]]);
                    sum += amounts[i];
                }
                for (int i = 0; i < size - 1; i++) {
                    String code = unitCode(rowUnits[i]);
                    String account = accountCodes[rowAccounts[i]];
                    s.write("#TRANS " + account + " {1 \"" + code + "\"} " + kronor(amounts[i]) + "\n");
                    c.write(code + ";" + account + ";" + YEAR + ";" + month + ";" + kronor(amounts[i]) + "\n");
                }
                s.write("#TRANS " + BANK + " {} " + kronor(-sum) + "\n}\n");
                c.write(";" + BANK + ";" + YEAR + ";" + month + ";" + kronor(-sum) + "\n");
                written += size;
            }
            return voucher;
        }
    }

    private void header(BufferedWriter s) throws IOException {
        s.write("#FLAGGA 0\n#PROGRAM \"LedgerGenerator\" 1.0\n#FORMAT PC8\n#SIETYP 4\n");
        s.write("#FNAMN \"Exempelby kommun\"\n#RAR 0 " + YEAR + "0101 " + YEAR + "1231\n");
        s.write("#DIM 1 \"Ansvar\"\n");
        s.write("#KONTO " + BANK + " \"Bank\"\n");
        for (String code : accountCodes) {
            s.write("#KONTO " + code + " \"Konto " + code + "\"\n");
        }
        for (int u = 0; u < units; u++) {
            s.write("#OBJEKT 1 \"" + unitCode(u) + "\" \"Enhet " + (u + 1) + "\"\n");
        }
    }

    /** 2–10 rows, never leaving a single row for the last voucher. */
    private int voucherSize(long left) {
        if (left <= 10) {
            return (int) left;
        }
        int size = 2 + random.nextInt(9);
        return left - size == 1 ? size - 1 : size;
    }

    /** Units are not equally busy: small indexes book more (index = n·u², u uniform). */
    private int skewedUnit() {
        double u = random.nextDouble();
        return (int) (units * u * u);
    }

    /**
     * Log-normal öre around a median of 1 500 kr, capped at 5 Mkr; revenue (class 3) is a credit, costs a debit,
     * and one row in ten is a correction with the opposite sign.
     */
    private long amount(String account) {
        double kronor = Math.min(5_000_000, Math.exp(Math.log(1_500) + 1.6 * gaussian()));
        long ore = Math.max(1, Math.round(kronor * 100));
        boolean credit = account.charAt(0) == '3';
        if (random.nextInt(10) == 0) {
            credit = !credit;
        }
        return credit ? -ore : ore;
    }

    private double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** {@code n} distinct result accounts, spread over 3000–8999, about a tenth of them revenue (class 3). */
    private static String[] accountCodes(int n) {
        String[] codes = new String[n];
        int revenue = Math.max(1, n / 10);
        for (int i = 0; i < n; i++) {
            codes[i] = i < revenue
                    ? String.valueOf(3000 + i * 1000 / revenue)
                    : String.valueOf(4000 + (i - revenue) * 5000 / Math.max(1, n - revenue));
        }
        return codes;
    }

    /** {@code k} distinct indexes of {@code 0..n-1} (partial Fisher–Yates). */
    private int[] pick(int k, int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, k);
    }

    static String kronor(long ore) {
        long abs = Math.abs(ore);
        return (ore < 0 ? "-" : "") + abs / 100 + "." + two((int) (abs % 100));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
