package se.ekonomiuppfoljning.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AuditFilter} as the store reads it: the days turned into instants.
 *
 * @param from  the first instant, inclusive
 * @param until the end, exclusive
 */
public record AuditQuery(
        @Nullable String actor,
        @Nullable String unit,
        @Nullable String kind,
        @Nullable Instant from,
        @Nullable Instant until) {}
