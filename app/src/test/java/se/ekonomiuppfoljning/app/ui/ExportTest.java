package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.export.XlsxWriter;
import se.ekonomiuppfoljning.followup.FollowUpCsv;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportView;
import se.ekonomiuppfoljning.ui.cycle.TasksView;
import se.ekonomiuppfoljning.ui.export.ExportLinks;
import se.ekonomiuppfoljning.ui.followup.FollowUpView;
import se.ekonomiuppfoljning.ui.followup.UnitDetailView;
import se.ekonomiuppfoljning.ui.imports.ImportView;
import se.ekonomiuppfoljning.ui.security.UsersView;

/**
 * "Exportera: Excel | CSV" under every table: the files are downloaded through the links' download handlers, as
 * the browser would fetch them, and read back (POI for xlsx, as Swedish Excel would show the cells).
 */
class ExportTest extends KaribuTest {

    private static final DataFormatter SWEDISH_EXCEL = new DataFormatter(Locale.forLanguageTag("sv-SE"));
    private static final Period FEBRUARY = new Period(2026, 2);

    @LocalServerPort
    int port;

    private static Workbook xlsx(String gridId) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(download(gridId + "-xlsx")));
    }

    private static String csv(String gridId) {
        byte[] bytes = download(gridId + "-csv");
        assertThat(bytes).as("a byte order mark so that Excel reads UTF-8").startsWith((byte) 0xEF, (byte) 0xBB, (byte)
                0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static String shown(Cell cell) {
        return plain(SWEDISH_EXCEL.formatCellValue(cell)).replace('\u202F', ' ');
    }

    private static List<String> shownRow(Row row, int columns) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : shown(cell));
        }
        return cells;
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(XlsxWriter.HEADER_ROW).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static int rowNamed(Sheet sheet, String name) {
        for (int r = XlsxWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null
                    && name.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private String apiCsv(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo2026").getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /**
     * The export of a grid holds the grid's rows, cell for cell as shown (xlsx cells formatted as Swedish Excel
     * shows them; the grid indents a unit with em spaces and shortens the SHA-256, the export indents by style
     * and holds the whole hash; a column of buttons is not exported).
     */
    private static void assertExportShowsTheGrid(Grid<?> grid) throws IOException {
        String id = grid.getId().orElseThrow();
        assertThat(_find(ExportLinks.class, spec -> spec.withId(id + "-export")))
                .as("export for " + id)
                .hasSize(1);
        try (Workbook workbook = xlsx(id)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = headers(sheet);
            List<String> gridHeaders = grid.getColumns().stream()
                    .map(Grid.Column::getHeaderText)
                    .filter(h -> h != null && !h.isEmpty())
                    .toList();
            assertThat(headers).as(id).hasSameSizeAs(gridHeaders);
            int size = GridKt._size(grid);
            for (int i = 0; i < size; i++) {
                List<String> expected = GridKt._getFormattedRow(grid, i).subList(0, headers.size()).stream()
                        .map(KaribuTest::plain)
                        .map(s -> s.replace("\u2003", ""))
                        .toList();
                List<String> actual = shownRow(sheet.getRow(XlsxWriter.HEADER_ROW + 1 + i), headers.size());
                for (int c = 0; c < headers.size(); c++) {
                    if (headers.get(c).equals("Helårsprognos")) {
                        // The grid marks a forecast that holds a proposal with the footnote's *; the file keeps
                        // the number (and the footnote).
                        assertThat(actual.get(c))
                                .as("%s row %d %s", id, i, headers.get(c))
                                .isEqualTo(expected.get(c).replace(" *", ""));
                    } else if (headers.get(c).equals("SHA-256")) {
                        assertThat(actual.get(c))
                                .as("%s row %d %s", id, i, headers.get(c))
                                .startsWith(expected.get(c));
                    } else {
                        assertThat(actual.get(c))
                                .as("%s row %d %s", id, i, headers.get(c))
                                .isEqualTo(expected.get(c));
                    }
                }
            }
            Row after = sheet.getRow(XlsxWriter.HEADER_ROW + 1 + size);
            if (grid.getFooterRows().isEmpty()) {
                assertThat(after).as(id + ": no row beyond the grid's").isNull();
            } else {
                var footer = grid.getFooterRows().get(0);
                List<String> shown = shownRow(after, headers.size());
                for (int c = 0; c < headers.size(); c++) {
                    String text = plain(footer.getCell(grid.getColumns().get(c)).getText())
                            .replace(" *", "");
                    if (!text.isEmpty()) {
                        assertThat(shown.get(c))
                                .as("%s total %s", id, headers.get(c))
                                .isEqualTo(text);
                    }
                }
            }
        }
        String csv = csv(id);
        assertThat(csv.split("\r\n"))
                .as(id)
                .hasSize(1 + GridKt._size(grid) + (grid.getFooterRows().isEmpty() ? 0 : 1));
    }

    @Test
    void the_kommundirektor_downloads_the_kls_table_with_the_seed_figures_as_numbers() throws IOException {
        login("kommundirektor");
        navigate(FollowUpView.ROUTE, "enhet=KLS&period=2026-02");

        Anchor link = _get(Anchor.class, spec -> spec.withId("followup-grid-xlsx"));
        assertThat(link.getElement().getTextRecursively()).isEqualTo("Excel");
        assertThat(link.getElement().getAttribute("download")).isNotNull();
        try (Workbook workbook = xlsx("followup-grid")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Uppföljning KLS 2026-02");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Ekonomisk uppföljning: Kommunledningsstaben, februari 2026 (i tusentals kronor)");
            assertThat(headers(sheet))
                    .containsExactly(
                            "Enhet",
                            "Budget feb",
                            "Redovisning feb",
                            "Avvikelse feb",
                            "% av budget feb",
                            "Årsbudget 2026",
                            "Budget t o m feb",
                            "Redovisning t o m feb",
                            "Avvikelse t o m feb",
                            "% av budget t o m feb",
                            "Helårsprognos",
                            "Prognosavvikelse",
                            "Månadens status",
                            "Öppna åtgärder");
            Row total = sheet.getRow(rowNamed(sheet, "Totalt KLS"));
            assertThat(shownRow(total, 10))
                    .containsExactly(
                            "Totalt KLS",
                            "3 483",
                            "3 340",
                            "143",
                            "95,9 %",
                            "52 999",
                            "6 960",
                            "6 704",
                            "256",
                            "96,3 %");
            Cell monthBudget = total.getCell(1);
            assertThat(monthBudget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(monthBudget.getNumericCellValue())).isEqualByComparingTo("3483.236");
            assertThat(monthBudget.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(0.959);
            assertThat(total.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0 %");
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(0.963);
            assertThat(shownRow(sheet.getRow(rowNamed(sheet, "Överförmyndarvht")), 10))
                    .containsExactly(
                            "Överförmyndarvht",
                            "137",
                            "409",
                            "−272",
                            "298,2 %",
                            "2 580",
                            "393",
                            "445",
                            "−52",
                            "113,2 %");
            assertThat(sheet.getRow(rowNamed(sheet, "TIA-avdelningen ¹"))
                            .getCell(1)
                            .getCellType())
                    .isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(sheet.getLastRowNum() - 1).getCell(0).getStringCellValue())
                    .isEqualTo(
                            "¹ TIA-avdelningen redovisas i Tekniska nämndens budgetram och ingår inte i Totalt KLS.");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .startsWith("* Summan av enheternas helårsprognoser");
        }
        assertExportShowsTheGrid(_get(Grid.class, spec -> spec.withId("followup-grid")));
    }

    @Test
    void the_page_csv_of_the_follow_up_is_what_the_api_answers() throws Exception {
        login("kommundirektor");
        navigate(FollowUpView.ROUTE, "enhet=KLS&period=2026-02");

        String page = csv("followup-grid");

        assertThat(page).isEqualTo(apiCsv("kommundirektor", "/api/v1/followup.csv?unit=KLS&period=2026-02"));
        assertThat(page)
                .containsPattern("\r\nTotalt KLS;3483;3340;143;95,9;52999;6960;6704;256;96,3;;-?\\d+;-?\\d+;ja;\r\n$");
    }

    @Test
    void a_chiefs_export_holds_only_their_unit() throws Exception {
        login("overformyndare");
        UI.getCurrent().navigate(FollowUpView.class);

        try (Workbook workbook = xlsx("followup-grid")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(XlsxWriter.HEADER_ROW + 1);
            assertThat(shownRow(sheet.getRow(XlsxWriter.HEADER_ROW + 1), 10))
                    .containsExactly(
                            "Överförmyndarvht",
                            "137",
                            "409",
                            "−272",
                            "298,2 %",
                            "2 580",
                            "393",
                            "445",
                            "−52",
                            "113,2 %");
        }
        String[] lines = csv("followup-grid").split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0])
                .isEqualTo(
                        String.join(";", FollowUpCsv.HEADERS) + ";" + String.join(";", FollowUpCsv.FORECAST_HEADERS));
        assertThat(lines[1])
                .matches("Överförmyndarvht;137;409;-272;298,2;2580;393;445;-52;113,2;ja;-?\\d+;-?\\d+;(ja|nej);1150");
        assertThat(csv("followup-grid"))
                .isEqualTo(apiCsv("overformyndare", "/api/v1/followup.csv?unit=1150&period=2026-02"));
    }

    @Test
    void the_unit_detail_exports_its_months_and_its_accounts_with_the_sum() throws IOException {
        login("kommundirektor");
        UI.getCurrent().navigate(UnitDetailView.class, UnitDetailView.parameters(UnitCode.of("1150"), FEBRUARY));

        assertExportShowsTheGrid(_get(Grid.class, spec -> spec.withId("detail-months")));
        assertExportShowsTheGrid(_get(Grid.class, spec -> spec.withId("detail-accounts")));
        try (Workbook workbook = xlsx("detail-accounts")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(shownRow(sheet.getRow(rowNamed(sheet, "Summa")), 10))
                    .containsExactly("Summa", "137", "409", "−272", "298,2 %", "2 580", "393", "445", "−52", "113,2 %");
        }
    }

    @Test
    void mina_uppgifter_the_report_page_import_and_users_export_every_grid_they_show() throws IOException {
        login("kommundirektor");
        UI.getCurrent().navigate(TasksView.class);
        List<Grid<?>> tasks = grids();
        assertThat(tasks).isNotEmpty();
        for (Grid<?> grid : tasks) {
            assertExportShowsTheGrid(grid);
        }

        UI.getCurrent().navigate(MonthlyReportView.class, MonthlyReportView.parameters(UnitCode.of("1150"), FEBRUARY));
        assertThat(grids()).extracting(g -> g.getId().orElse("")).contains("actions-grid", "report-history");
        for (Grid<?> grid : grids()) {
            assertExportShowsTheGrid(grid);
        }
        try (Workbook workbook = xlsx("actions-grid")) {
            Row first = workbook.getSheetAt(0).getRow(XlsxWriter.HEADER_ROW + 1);
            assertThat(first.getCell(3).getCellType())
                    .as("Klart senast is a date")
                    .isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }

        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        assertExportShowsTheGrid(_get(Grid.class, spec -> spec.withId("users-grid")));

        login("ekonomichef");
        UI.getCurrent().navigate(ImportView.class);
        Grid<?> versions = _get(Grid.class, spec -> spec.withId("budget-versions"));
        if (GridKt._size(versions) > 0) {
            GridKt._selectRow(versions, 0);
        }
        for (Grid<?> grid : grids()) {
            assertExportShowsTheGrid(grid);
        }
    }

    @Test
    void the_import_preview_exports_the_file_beside_the_portal() throws IOException {
        login("ekonomichef");
        UI.getCurrent().navigate(ImportView.class);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("import-kind"))
                .setValue(se.ekonomiuppfoljning.imports.ImportKind.ACTUALS_CSV);
        com.github.mvysny.kaributesting.v10.UploadKt._upload(
                _get(com.vaadin.flow.component.upload.Upload.class),
                "utfall-feb.csv",
                "text/csv",
                "ansvar;konto;period;belopp\n1150;5011;2026-02;500000\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertExportShowsTheGrid(_get(Grid.class, spec -> spec.withId("import-units")));
        assertThat(csv("import-units"))
                .isEqualTo("Ansvar;Namn;Utfall i filen (tkr);Utfall nu (tkr);Budget i filen (tkr);Budget nu (tkr)\r\n"
                        + "1150;Överförmyndarvht;500;409;0;137\r\n"); // the budget held for February
        assertThat(_get(Anchor.class, spec -> spec.withId("import-units-csv"))
                        .getElement()
                        .getAttribute("download"))
                .isNotNull();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("import-cancel")));
    }

    @Test
    void every_grid_on_the_pages_has_its_export_links() {
        login("kommundirektor");
        for (Runnable page : List.<Runnable>of(
                () -> navigate(FollowUpView.ROUTE, "enhet=KLS&period=2026-02"),
                () -> UI.getCurrent()
                        .navigate(UnitDetailView.class, UnitDetailView.parameters(UnitCode.of("1150"), FEBRUARY)),
                () -> UI.getCurrent().navigate(TasksView.class),
                () -> UI.getCurrent()
                        .navigate(
                                MonthlyReportView.class,
                                MonthlyReportView.parameters(UnitCode.of("1150"), FEBRUARY)))) {
            page.run();
            for (Grid<?> grid : grids()) {
                String id = grid.getId().orElseThrow();
                assertThat(_find(Anchor.class, spec -> spec.withId(id + "-xlsx")))
                        .as(id)
                        .hasSize(1);
                assertThat(_find(Anchor.class, spec -> spec.withId(id + "-csv")))
                        .as(id)
                        .hasSize(1);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Grid<?>> grids() {
        return (List) _find(Grid.class);
    }

    @Test
    void file_names_are_kept_by_every_system() {
        assertThat(ExportLinks.fileName("uppfoljning", "KLS", "2026-02")).isEqualTo("uppfoljning-KLS-2026-02");
        assertThat(ExportLinks.fileName("förhandsgranskning", "Budget 2026 (KF beslut).xlsx"))
                .isEqualTo("forhandsgranskning-Budget-2026-KF-beslut.xlsx");
        assertThat(ExportLinks.fileName("budgetjämförelse", "Å/Ä/Ö", "")).isEqualTo("budgetjamforelse-A-A-O");
        assertThat(ExportLinks.fileName("../..")).isEqualTo("export");
    }
}
