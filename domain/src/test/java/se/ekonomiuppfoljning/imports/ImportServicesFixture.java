package se.ekonomiuppfoljning.imports;

import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryImports;
import se.ekonomiuppfoljning.testdata.InMemoryOrganisation;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** The import services over shared in-memory ports, for the import services' tests; the caller can be changed. */
abstract class ImportServicesFixture {

    final InMemoryOrganisation organisation = new InMemoryOrganisation(SeedKommun.organisation());
    final InMemoryImports imports = new InMemoryImports();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    /** An economist of the root: the whole kommun. */
    final AtomicReference<UserAccount> caller = new AtomicReference<>(SeedKommun.economist("kommunekonom", KOMMUN));

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Stockholm"));

    final LedgerImportService ledger = new LedgerImportService(organisation, imports, caller::get, clock, 10_000);
    final OrganisationImportService organisationImport =
            new OrganisationImportService(organisation, audit, caller::get, clock);
    final ImportHistoryService history = new ImportHistoryService(organisation, imports, audit, caller::get, clock);
    final BudgetVersionService budgetVersions = new BudgetVersionService(organisation, imports, caller::get);

    static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    static final String ACTUALS = "ansvar;konto;period;belopp\n1150;5011;2026-02;409283\n1150;3510;2026-02;-1000,50\n";

    /** A file of {@code size} bytes, generated as it is read: a header, then the row again and again. */
    static InputStream generated(long size, String header, String row, java.util.concurrent.atomic.AtomicLong served) {
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] body = row.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            @Override
            public int read() {
                long at = served.get();
                if (at >= size) {
                    return -1;
                }
                served.incrementAndGet();
                return at < head.length ? head[(int) at] : body[(int) ((at - head.length) % body.length)];
            }
        };
    }

    static final String HEADER = "kod;namn;överordnad;nämnd\n";

    static List<String> problems(Runnable attempt) {
        try {
            attempt.run();
        } catch (ImportException e) {
            return e.problems().stream().map(ImportTexts::swedish).toList();
        }
        throw new AssertionError("the file was not refused");
    }
}
