package se.ekonomiuppfoljning.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.export.CsvWriter;
import se.ekonomiuppfoljning.export.ExportColumns;

/** One column definition feeds the grid and its export: same headers, same order, the grid's text beside the typed cell. */
class ColumnSetTest {

    record Line(String name, BigDecimal kronor, LocalDate due, int paragraph, Optional<BigDecimal> percent) {}

    private static final List<Line> LINES = List.of(
            new Line(
                    "IT",
                    new BigDecimal("-12345678.90"),
                    LocalDate.of(2026, 3, 31),
                    14,
                    Optional.of(new BigDecimal("95.9"))),
            new Line("Kultur", BigDecimal.ZERO, LocalDate.of(2026, 4, 1), 7, Optional.empty()));

    private Div page;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(TranslationProvider.SWEDISH);
        page = new Div();
        UI.getCurrent().add(page);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private ColumnSet<Line> columns() {
        return new ColumnSet<Line>(page)
                .text("name", "case.organ", Line::name)
                .amount("kronor", "case.changes.frozen", Line::kronor)
                .date("due", "case.decisionDate", Line::due)
                .number("paragraph", "case.paragraph", Line::paragraph)
                .shown(l -> "§ " + l.paragraph())
                .percent("percent", "accuracy.col.meanPercent", Line::percent)
                .text("open", "case.organ", l -> "Öppna")
                .gridOnly();
    }

    @Test
    void the_export_is_the_one_written_column_by_column_before() {
        ExportColumns<Line> handWritten = new ExportColumns<Line>()
                .text(page.getTranslation("case.organ"), Line::name)
                .amount(page.getTranslation("case.changes.frozen"), Line::kronor)
                .date(page.getTranslation("case.decisionDate"), Line::due)
                .number(page.getTranslation("case.paragraph"), Line::paragraph)
                .percent(page.getTranslation("accuracy.col.meanPercent"), Line::percent);

        assertThat(columns().table("Blad", "Titel", LINES)).isEqualTo(handWritten.table("Blad", "Titel", LINES));
        assertThat(CsvWriter.forExcel(columns().table("Blad", "Titel", LINES)))
                .isEqualTo(CsvWriter.forExcel(handWritten.table("Blad", "Titel", LINES)));
    }

    @Test
    void the_grid_gets_the_same_headers_in_the_same_order_with_the_text_it_shows() {
        Grid<Line> grid = new Grid<>();
        List<Grid.Column<Line>> added = columns().addTo(grid);
        grid.setItems(LINES);

        assertThat(added)
                .extracting(Grid.Column::getKey)
                .containsExactly("name", "kronor", "due", "paragraph", "percent", "open");
        assertThat(added.subList(0, 5))
                .extracting(Grid.Column::getHeaderText)
                .containsExactlyElementsOf(columns().export().headers());
        assertThat(GridKt._getFormattedRow(grid, 0))
                .containsExactly("IT", "\u221212\u00A0346", "2026-03-31", "§ 14", "95,9\u00A0%", "Öppna");
        assertThat(grid.getColumnByKey("kronor").getTextAlign()).isEqualTo(ColumnTextAlign.END);
        assertThat(grid.getColumnByKey("name").getTextAlign()).isEqualTo(ColumnTextAlign.START);
    }

    @Test
    void a_column_is_tuned_on_the_grid_and_an_export_only_column_stays_off_it() {
        ColumnSet<Line> columns = new ColumnSet<Line>(page)
                .text("name", "case.organ", Line::name)
                .grid(c -> c.setAutoWidth(false).setFlexGrow(3))
                .amount("kronor", "case.changes.frozen", Line::kronor)
                .exportOnly();
        Grid<Line> grid = new Grid<>();
        columns.addTo(grid);

        assertThat(grid.getColumns()).hasSize(1);
        assertThat(grid.getColumnByKey("name").getFlexGrow()).isEqualTo(3);
        assertThat(grid.getColumnByKey("name").isAutoWidth()).isFalse();
        assertThat(columns.export().headers()).hasSize(2);
    }

    @Test
    void tuning_before_any_column_is_a_mistake() {
        assertThatThrownBy(() -> new ColumnSet<Line>(page).shown(l -> "")).isInstanceOf(IllegalStateException.class);
    }
}
