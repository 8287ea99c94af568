package se.ekonomiuppfoljning.testdata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.DeadlineRepository;

/** The deadline port over a sorted map. */
public final class InMemoryDeadlines implements DeadlineRepository {

    public final Map<Period, LocalDate> stored = new TreeMap<>();

    @Override
    public Optional<LocalDate> deadline(Period period) {
        return Optional.ofNullable(stored.get(period));
    }

    @Override
    public void save(Period period, LocalDate deadline) {
        stored.put(period, deadline);
    }

    @Override
    public Map<Period, LocalDate> deadlinesBetween(LocalDate from, LocalDate to) {
        Map<Period, LocalDate> result = new LinkedHashMap<>();
        stored.forEach((period, deadline) -> {
            if (!deadline.isBefore(from) && !deadline.isAfter(to)) {
                result.put(period, deadline);
            }
        });
        return result;
    }
}
