package se.ekonomiuppfoljning.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DefaultReportTemplates;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryActions;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/**
 * The PDF and DOCX renderers over the seed kommun (in-memory ports, no application): user texts with å, ä, ö,
 * quotes, markup and very long lines reach both documents intact, as plain text.
 */
class DocumentRenderersTest {

    static final Period FEBRUARY = new Period(2026, 2);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final UserAccount ECONOMIST = new UserAccount(
            "ekonomichef", "Märta Ödegård-Åberg", Set.of(Role.EKONOM), Set.of(SeedKommun.KLS), Set.of(), true);

    /** Quotes of every kind, markup that must stay text, Swedish letters, an ampersand and a tab. */
    static final String TRICKY = "Åtgärd för “gode män” och \"förvaltare\" – 'snabbt' <b>fet</b> <script>x</script> "
            + "& 5 < 7 > 3; ÅÄÖ åäö é ü";
    /** A long text that must wrap over many lines, with a word longer than a line. */
    static final String LONG = longText();

    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final InMemoryActions actions = new InMemoryActions();
    private final TjansteskrivelseService service = new TjansteskrivelseService(
            new FixedOrganisation(SeedKommun.organisation()),
            figures,
            reports,
            actions,
            new InMemoryUsers(ECONOMIST),
            new DefaultReportTemplates(),
            () -> ECONOMIST,
            Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")),
            List.of(new PdfDocumentRenderer(), new DocxDocumentRenderer()));

    DocumentRenderersTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
        reports.insert(new UnitReport(
                SeedKommun.OVERFORMYNDAR,
                FEBRUARY,
                ReportState.READY,
                FollowUpStatus.ALLVARLIG_AVVIKELSE,
                TRICKY + "\nAndra raden.\n\n" + LONG,
                "",
                null,
                "",
                "eva",
                NOW,
                1));
        actions.insert(new Action(
                0,
                SeedKommun.OVERFORMYNDAR,
                FEBRUARY,
                TRICKY,
                "Orsak",
                "Eva Lind",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("60000.00"),
                DecisionLevel.POLITISK_NIVA,
                ActionStatus.FORESLAGEN,
                null,
                "eva",
                NOW,
                "eva",
                NOW,
                1));
    }

    private static String longText() {
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (text.length() < 3_500) {
            text.append("Mening ").append(++n).append(" om överförmyndarens ärenden, ökade kostnader och åtgärder. ");
        }
        text.append("Ordutanmellanslag".repeat(20)).append(" slut.");
        return text.toString();
    }

    private CaseDetails details() {
        return new CaseDetails(
                "KS/2026:4 \"A\" <i>",
                "Ekonomisk uppföljning – “februari” <b>",
                "Åsa Öberg",
                "Örjan Ärlig",
                LocalDate.of(2026, 3, 2),
                LONG,
                TRICKY,
                "Ekonomiavdelningen\u0007");
    }

    @Test
    void the_pdf_carries_user_texts_intact_and_wrapped() {
        RenderedDocument pdf = service.render(SeedKommun.KLS, FEBRUARY, details(), DocumentFormat.PDF);
        String text = ReadBack.pdf(pdf.content());
        String squeezed = ReadBack.squeezed(text);

        assertThat(squeezed)
                .contains(
                        ReadBack.squeezed(TRICKY),
                        ReadBack.squeezed("Ekonomisk uppföljning – “februari” <b>"),
                        ReadBack.squeezed("KS/2026:4 \"A\" <i>"),
                        "ÅsaÖberg",
                        "ÖrjanÄrlig",
                        "Ekonomiavdelningen",
                        "Överförmyndarvht–Allvarligavvikelse");
        // a text that crosses a page keeps every word in order (the page's header and tables come between)
        assertWordsInOrder(squeezed, LONG);
        assertThat(text).doesNotContain("\u0007");
        // the long proposal wrapped: no line is longer than a page's width of characters
        assertThat(text.lines()).allMatch(line -> line.length() < 140);
        assertThat(ReadBack.pdfPages(pdf.content())).isGreaterThan(4);
    }

    /** Each word of {@code expected}, whole, after the previous one. */
    private static void assertWordsInOrder(String squeezedText, String expected) {
        int at = 0;
        for (String word : expected.split("\\s+")) {
            int found = squeezedText.indexOf(word, at);
            assertThat(found).as("the word \"%s\" after position %d", word, at).isGreaterThanOrEqualTo(0);
            at = found + word.length();
        }
    }

    @Test
    void the_pdf_embeds_its_fonts() {
        String raw = new String(
                service.render(SeedKommun.KLS, FEBRUARY, details(), DocumentFormat.PDF)
                        .content(),
                StandardCharsets.ISO_8859_1);

        assertThat(raw).contains("/FontFile2", "DejaVuSans", "DejaVuSans-Bold", "/ToUnicode");
    }

    @Test
    void the_docx_carries_user_texts_intact() {
        RenderedDocument docx = service.render(SeedKommun.KLS, FEBRUARY, details(), DocumentFormat.DOCX);
        String text = ReadBack.docx(docx.content());

        assertThat(text)
                .contains(
                        TRICKY,
                        LONG,
                        "Ekonomisk uppföljning – “februari” <b>",
                        "KS/2026:4 \"A\" <i>",
                        "Åsa Öberg",
                        "Örjan Ärlig",
                        "Andra raden.",
                        "Överförmyndarvht – Allvarlig avvikelse");
        assertThat(text).contains("Ekonomiavdelningen").doesNotContain("\u0007");
        assertThat(docx.fileName()).isEqualTo("tjansteskrivelse-KLS-2026-02.docx");
    }

    @Test
    void the_action_of_a_unit_over_budget_is_listed_with_its_level_status_and_effect() {
        String docx = ReadBack.docx(service.render(SeedKommun.KLS, FEBRUARY, details(), DocumentFormat.DOCX)
                .content());
        String pdf =
                ReadBack.squeezed(ReadBack.pdf(service.render(SeedKommun.KLS, FEBRUARY, details(), DocumentFormat.PDF)
                        .content()));

        assertThat(docx).contains("Överförmyndarvht\t" + TRICKY + "\tPolitisk nivå\tFöreslagen\t60");
        assertThat(pdf).contains(ReadBack.squeezed("Politisk nivå Föreslagen 60"));
    }

    @Test
    void a_unit_without_its_own_rows_renders_too() {
        RenderedDocument pdf = service.render(UnitCode.of("1170"), FEBRUARY, CaseDetails.blank(), DocumentFormat.PDF);
        RenderedDocument docx = service.render(UnitCode.of("1170"), FEBRUARY, CaseDetails.blank(), DocumentFormat.DOCX);

        assertThat(ReadBack.squeezed(ReadBack.pdf(pdf.content())))
                .contains(ReadBack.squeezed("Oförutsett 0 0 0 0,0 % 504"));
        assertThat(ReadBack.docx(docx.content())).contains("Oförutsett\t0\t0\t0\t0,0 %\t504");
    }

    @Test
    void pdfTableHeadersAndCellsBreakOnlyBetweenWordsAndTheCaptionIsTheTablesFirstHeaderRow() {
        actions.insert(new Action(
                0,
                UnitCode.of("1180"),
                FEBRUARY,
                "Vakanser tillsätts inte",
                "Orsak",
                "Lena Holm",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("30000.00"),
                DecisionLevel.VERKSAMHETSNIVA,
                ActionStatus.PAGAR,
                null,
                "lena",
                NOW,
                "lena",
                NOW,
                1));
        String text = ReadBack.pdf(service.render(SeedKommun.KLS, FEBRUARY, details(), DocumentFormat.PDF)
                .content());
        List<String> lines = text.lines().map(String::strip).toList();

        assertThat(lines).anyMatch(l -> l.contains("Verksamhetsnivå"));
        assertThat(lines).noneMatch(l -> l.endsWith("Verksamhetsni") || l.equals("vå"));

        Block.Table actionsTable =
                service.content(SeedKommun.KLS, FEBRUARY, details()).actions();
        PdfTables tables = new PdfTables(new PdfFonts());
        PdfPTable pdf = tables.table(actionsTable, 483f);
        assertThat(pdf.getHeaderRows()).isEqualTo(2);
        assertThat(pdf.getRow(0).getCells()[0].getPhrase().getContent()).isEqualTo(actionsTable.caption());
        float[] widths = tables.columnWidths(actionsTable, 9f, 483f);
        BaseFont bold = new PdfFonts().font(true, 9f).getBaseFont();
        assertThat(widths[2]).isGreaterThan(bold.getWidthPoint("Verksamhetsnivå", 9f) + 4f);
        float sum = 0f;
        for (float w : widths) {
            sum += w;
        }
        assertThat(sum).isCloseTo(483f, org.assertj.core.data.Offset.offset(0.5f));
    }
}
