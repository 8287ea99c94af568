package se.ekonomiuppfoljning.app.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The demo's clock (issue 12, point 17): it runs on a day of the demo's story ({@code uppfoljning.demo.today}),
 * ticking from that day's start at the moment the portal starts, so that what users do in the demo is dated that day
 * and its timestamps still order. While the demo's data is written, {@link #at} sets it to a moment of the story
 * before that day (the imports, the chiefs' months, the approval, the case through Allmänna utskottet), and {@link
 * #resume} puts it back on the pinned day, ticking on from where it was at the start.
 */
public final class DemoClock extends Clock {

    private final Clock system;
    private final LocalDate today;
    private final Duration onToday;
    private final AtomicReference<Duration> offset;

    DemoClock(Clock system, LocalDate today) {
        this(
                system,
                today,
                Duration.between(
                        system.instant(), today.atStartOfDay(system.getZone()).toInstant()),
                null);
    }

    private DemoClock(Clock system, LocalDate today, Duration onToday, @Nullable AtomicReference<Duration> shared) {
        this.system = system;
        this.today = today;
        this.onToday = onToday;
        this.offset = shared == null ? new AtomicReference<>(onToday) : shared;
    }

    /** The pinned day. */
    public LocalDate today() {
        return today;
    }

    /**
     * The clock ticks on from {@code moment} (in the clock's zone), for the demo's story: only a moment before the
     * pinned day's start is taken (the story happened before the day the demo runs on); a later one is ignored and the
     * clock stays where it is.
     */
    public void at(LocalDateTime moment) {
        Instant instant = moment.atZone(getZone()).toInstant();
        if (instant.isBefore(today.atStartOfDay(getZone()).toInstant())) {
            offset.set(Duration.between(system.instant(), instant));
        }
    }

    /** Back on the pinned day, as if the story's moments had not been set. */
    public void resume() {
        offset.set(onToday);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new DemoClock(system.withZone(zone), today, onToday, offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }
}
