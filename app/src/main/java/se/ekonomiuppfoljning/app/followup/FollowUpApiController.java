package se.ekonomiuppfoljning.app.followup;

import static java.util.Objects.requireNonNull;
import static se.ekonomiuppfoljning.app.base.ApiParameters.period;
import static se.ekonomiuppfoljning.app.base.ApiParameters.unit;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.cycle.UnitsCycleService.TableCycle;
import se.ekonomiuppfoljning.followup.DisplayedFigures;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpCsv;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;

/** The follow-up table of a node for a period, for other systems: JSON (kronor and as displayed) and CSV. */
@RestController
@RequestMapping("/api/v1")
class FollowUpApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FollowUpService followUp;
    private final UnitsCycleService cycle;

    FollowUpApiController(FollowUpService followUp, UnitsCycleService cycle) {
        this.followUp = followUp;
        this.cycle = cycle;
    }

    /** Kronor unrounded, as strings, so that no client reads them as floating point. */
    record Kronor(
            String monthBudget,
            String monthActual,
            String monthDeviation,
            String annualBudget,
            String ytdBudget,
            String ytdActual,
            String ytdDeviation) {
        static Kronor of(Figures f) {
            return new Kronor(
                    s(f.monthBudget()),
                    s(f.monthActual()),
                    s(f.monthDeviation()),
                    s(f.annualBudget()),
                    s(f.ytdBudget()),
                    s(f.ytdActual()),
                    s(f.ytdDeviation()));
        }

        static String s(BigDecimal value) {
            return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        }
    }

    /**
     * The helårsprognos of a row or the total: the sum of its units' forecasts (each unit's own where saved, else
     * the portal's proposal), and the prognosavvikelse, in kronor and as displayed (tkr).
     *
     * @param anyProposal whether any unit counts with the portal's proposal instead of a forecast of its own
     */
    record Forecast(
            String kronor,
            String deviationKronor,
            String displayed,
            String deviationDisplayed,
            boolean anyProposal,
            int units,
            int ownForecasts) {
        static Forecast of(UnitsCycle units) {
            return new Forecast(
                    Kronor.s(units.forecast()),
                    Kronor.s(units.forecastDeviation()),
                    SwedishFormat.tkr(units.forecast()),
                    SwedishFormat.tkr(units.forecastDeviation()),
                    units.anyProposal(),
                    units.units(),
                    units.ownForecasts());
        }
    }

    record Line(
            String unit, String name, boolean inTotal, Kronor kronor, DisplayedFigures displayed, Forecast forecast) {}

    record Table(
            String unit,
            String name,
            String period,
            List<Line> rows,
            @Nullable Line total) {}

    @Operation(summary = "Uppföljningen för en nod och period: rader och total i kronor och som de visas")
    @GetMapping(path = "/followup", produces = MediaType.APPLICATION_JSON_VALUE)
    Table json(@RequestParam("unit") String unit, @RequestParam("period") String period) {
        FollowUpTable table = followUp.table(unit(unit), period(period));
        var node = requireNonNull(table.node(), "a table asked for by its node has that node");
        TableCycle units = cycle.of(table);
        List<Line> rows = table.rows().stream()
                .map(r -> line(r, units.row(r.unit().code())))
                .toList();
        UnitsCycle totalUnits = units.total();
        Line total = table.totalFigures()
                .map(f -> new Line(
                        node.code().value(),
                        "Totalt " + table.totalName().orElse(""),
                        true,
                        Kronor.of(f),
                        DisplayedFigures.of(f),
                        Forecast.of(requireNonNull(totalUnits, "a table with a total has its units' total"))))
                .orElse(null);
        return new Table(node.code().value(), node.name(), table.period().toString(), rows, total);
    }

    private static Line line(FollowUpRow row, UnitsCycle units) {
        return new Line(
                row.unit().code().value(),
                row.unit().name(),
                row.inTotal(),
                Kronor.of(row.figures()),
                DisplayedFigures.of(row.figures()),
                Forecast.of(units));
    }

    @Operation(summary = "Uppföljningen som CSV, precis som den visas (UTF-8, semikolon, tkr, decimalkomma)")
    @GetMapping(path = "/followup.csv")
    ResponseEntity<String> csv(@RequestParam("unit") String unit, @RequestParam("period") String period) {
        FollowUpTable table = followUp.table(unit(unit), period(period));
        // The file's name from the parsed code and period, never from the raw parameters.
        String name = "uppfoljning-" + requireNonNull(table.node()).code().value() + "-" + table.period() + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(FollowUpCsv.write(table, cycle.of(table).forCsv()));
    }
}
