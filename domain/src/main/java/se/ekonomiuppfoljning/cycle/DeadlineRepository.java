package se.ekonomiuppfoljning.cycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import se.ekonomiuppfoljning.common.Period;

/** The port for the periods' deadlines (one per period for the whole kommun). */
public interface DeadlineRepository {

    Optional<LocalDate> deadline(Period period);

    void save(Period period, LocalDate deadline);

    /** The periods whose deadline lies from {@code from} to {@code to}, both included, by period. */
    Map<Period, LocalDate> deadlinesBetween(LocalDate from, LocalDate to);
}
