package se.ekonomiuppfoljning.testdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The unit report port over a map, with the same version check as the MariaDB adapter. */
public final class InMemoryUnitReports implements UnitReportRepository {

    private final Map<String, UnitReport> reports = new LinkedHashMap<>();

    private static String key(UnitCode unit, Period period) {
        return unit + "/" + period;
    }

    @Override
    public Optional<UnitReport> find(UnitCode unit, Period period) {
        return Optional.ofNullable(reports.get(key(unit, period)));
    }

    @Override
    public List<UnitReport> findAll(Set<UnitCode> units, Period period) {
        return reports.values().stream()
                .filter(r -> units.contains(r.unit()) && r.period().equals(period))
                .toList();
    }

    @Override
    public List<UnitReport> findInState(Set<UnitCode> units, se.ekonomiuppfoljning.cycle.ReportState state) {
        return reports.values().stream()
                .filter(r -> units.contains(r.unit()) && r.state() == state)
                .sorted(java.util.Comparator.comparing(
                                (UnitReport r) -> r.period().toYearMonth())
                        .thenComparing(r -> r.unit().value()))
                .toList();
    }

    @Override
    public boolean insert(UnitReport report) {
        return reports.putIfAbsent(key(report.unit(), report.period()), report) == null;
    }

    @Override
    public boolean update(UnitReport report, long expectedVersion) {
        UnitReport stored = reports.get(key(report.unit(), report.period()));
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        reports.put(key(report.unit(), report.period()), report);
        return true;
    }
}
