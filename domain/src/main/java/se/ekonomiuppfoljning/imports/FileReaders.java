package se.ekonomiuppfoljning.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.sie.SieContent;
import se.ekonomiuppfoljning.imports.sie.SieReader;
import se.ekonomiuppfoljning.organisation.LedgerCode;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** Reads a file of any kind into a {@link ParsedFile}, computing its SHA-256 on the way. */
public final class FileReaders {

    private FileReaders() {}

    public static ParsedFile read(
            String fileName, ImportKind kind, InputStream in, long maxBytes, LongConsumer progress) {
        MessageDigest sha = sha256();
        LimitedInputStream limited = new LimitedInputStream(in, maxBytes, fileName);
        DigestInputStream digesting = new DigestInputStream(limited, sha);
        InputStream shielded = new FilterInputStream(digesting) {
            @Override
            public void close() {
                // the readers close what they read; the rest of the file is still hashed below
            }
        };
        try (digesting) {
            ParsedFile parsed = switch (kind) {
                case SIE -> fromSie(fileName, SieReader.read(fileName, shielded, progress));
                case ACTUALS_CSV, BUDGET_CSV ->
                    fromCsv(fileName, kind, amounts(fileName, shielded, maxBytes), limited.count());
                case ORGANISATION_CSV ->
                    throw new IllegalArgumentException("the organisation is read by OrganisationImportService");
            };
            digesting.transferTo(OutputStreamSink.INSTANCE); // the hash covers the whole file
            return resultAccountsOnly(withHash(parsed, HexFormat.of().formatHex(sha.digest())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CSV, or Excel when the bytes are an xlsx archive: the same columns either way. An xlsx's parts may unpack to
     * four times the file limit each (its XML is several times a CSV of the same rows), not more.
     */
    private static AmountRows amounts(String fileName, InputStream in, long maxBytes) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(8);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        if (XlsxAmountReader.looksLikeXlsx(head)) {
            return XlsxAmountReader.read(fileName, buffered, maxUnpacked(maxBytes));
        }
        return AmountCsvReader.read(fileName, new InputStreamReader(buffered, StandardCharsets.UTF_8));
    }

    static long maxUnpacked(long maxBytes) {
        return maxBytes > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : 4 * maxBytes;
    }

    private static ParsedFile fromSie(String fileName, SieContent sie) {
        return new ParsedFile(
                fileName,
                "",
                ImportKind.SIE,
                sie.companyName(),
                sie.organisationNumber(),
                byAccountCode(sie.accounts()),
                byUnitCode(sie.units()),
                byUnitCode(sie.unitLines()),
                byAccountCode(sie.accountLines()),
                sie.actuals(),
                sie.budget(),
                sie.recordCount(),
                sie.warnings());
    }

    /** The map with the codes the portal can hold; another code is reported when its amounts are checked. */
    private static <V> Map<UnitCode, V> byUnitCode(Map<String, V> byCode) {
        Map<UnitCode, V> result = new LinkedHashMap<>();
        byCode.forEach((code, value) -> {
            try {
                result.putIfAbsent(UnitCode.of(code), value);
            } catch (IllegalArgumentException ignored) {
                // not a unit code
            }
        });
        return result;
    }

    /** The map under the account codes as the portal holds them; a code it cannot hold was refused if booked on. */
    private static <V> Map<String, V> byAccountCode(Map<String, V> byCode) {
        Map<String, V> result = new LinkedHashMap<>();
        byCode.forEach((code, value) -> {
            if (LedgerCode.accountProblem(code) == null) {
                result.putIfAbsent(LedgerCode.account(code), value);
            }
        });
        return result;
    }

    private static ParsedFile fromCsv(String fileName, ImportKind kind, AmountRows rows, long bytes) {
        boolean budget = kind == ImportKind.BUDGET_CSV;
        List<AmountLine> lines = rows.lines();
        return new ParsedFile(
                fileName,
                "",
                kind,
                null,
                null,
                Map.of(),
                Map.of(),
                rows.unitLines(),
                Map.of(),
                budget ? List.of() : lines,
                budget ? lines : List.of(),
                lines.size(),
                List.of());
    }

    /** A unit's net cost is the sum over the result accounts (classes 3–8); other rows are left out, with a warning. */
    static ParsedFile resultAccountsOnly(ParsedFile p) {
        List<AmountLine> actuals = resultAccountsOnly(p.actuals());
        List<AmountLine> budget = resultAccountsOnly(p.budget());
        int dropped = p.actuals().size() - actuals.size() + p.budget().size() - budget.size();
        if (dropped == 0) {
            return p;
        }
        List<ImportProblem> warnings = new ArrayList<>(p.warnings());
        warnings.add(new ImportProblem(p.fileName(), 0, "konto", ImportProblemCode.BALANCE_ACCOUNTS_LEFT_OUT, dropped));
        return new ParsedFile(
                p.fileName(),
                p.sha256(),
                p.kind(),
                p.companyName(),
                p.organisationNumber(),
                p.accounts(),
                p.unitNames(),
                p.unitLines(),
                p.accountLines(),
                actuals,
                budget,
                p.rows(),
                warnings);
    }

    private static List<AmountLine> resultAccountsOnly(List<AmountLine> lines) {
        if (lines instanceof AmountLines compact) {
            return compact.withAccounts(FileReaders::isResultAccount);
        }
        return lines.stream().filter(l -> isResultAccount(l.account())).toList();
    }

    static boolean isResultAccount(String account) {
        return !account.isEmpty() && account.charAt(0) >= '3' && account.charAt(0) <= '8';
    }

    private static ParsedFile withHash(ParsedFile p, String sha256) {
        return new ParsedFile(
                p.fileName(),
                sha256,
                p.kind(),
                p.companyName(),
                p.organisationNumber(),
                p.accounts(),
                p.unitNames(),
                p.unitLines(),
                p.accountLines(),
                p.actuals(),
                p.budget(),
                p.rows(),
                p.warnings());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Discards what is left of a stream after the reader stopped. */
    private static final class OutputStreamSink extends OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }

    /** Refuses a file larger than the configured limit, while it streams. */
    static final class LimitedInputStream extends BoundedInputStream {
        private final String fileName;

        LimitedInputStream(InputStream in, long max, String fileName) {
            super(in, max);
            this.fileName = fileName;
        }

        @Override
        RuntimeException exceeded(long max) {
            return new ImportException(
                    List.of(new ImportProblem(fileName, 0, "", ImportProblemCode.FILE_TOO_LARGE, max / (1024 * 1024))));
        }
    }
}
