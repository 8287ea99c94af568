package se.ekonomiuppfoljning.cycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The port to the unit reports. Writes are optimistic: each says which version it replaces and reports whether it
 * did, so that a concurrent change is never overwritten.
 */
public interface UnitReportRepository {

    Optional<UnitReport> find(UnitCode unit, Period period);

    /** The stored reports of the units for the period. */
    List<UnitReport> findAll(Set<UnitCode> units, Period period);

    /** The stored reports of the units in {@code state}, of every period, oldest period first. */
    List<UnitReport> findInState(Set<UnitCode> units, ReportState state);

    /** Stores a first report (version 1); false when one already exists for the unit and period. */
    boolean insert(UnitReport report);

    /**
     * Replaces the stored report whose version is {@code expectedVersion} (the report carries the next version);
     * false when the stored version is another one.
     */
    boolean update(UnitReport report, long expectedVersion);
}
