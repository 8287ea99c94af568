package se.ekonomiuppfoljning.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The demo's closed year 2025: each unit's approved monthly report with its helårsprognos, from
 * {@code demo/prognoser-2025.csv} ({@code ansvar;period;prognos}, kronor), so that Prognossäkerhet has a whole year
 * to show. Written straight to the repository as history (approved by the kommundirektör on the 10th of the
 * following month), not through the cycle's service, which would audit them as today's work.
 */
@Component
@Profile("demo")
class DemoLastYear {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final UnitReportRepository reports;

    DemoLastYear(UnitReportRepository reports) {
        this.reports = reports;
    }

    void load(InputStream csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(";");
                Period period = Period.parse(fields[1]);
                BigDecimal forecast = new BigDecimal(fields[2].replace(',', '.'));
                reports.insert(new UnitReport(
                        UnitCode.of(fields[0]),
                        period,
                        ReportState.APPROVED,
                        FollowUpStatus.ENLIGT_PLAN,
                        "Verksamheten följde planen.",
                        "Prognosen bygger på utfallet hittills och kända förändringar under resten av året.",
                        forecast,
                        "",
                        "kommundirektor",
                        period.toYearMonth()
                                .plusMonths(1)
                                .atDay(10)
                                .atStartOfDay(STOCKHOLM)
                                .toInstant(),
                        1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
