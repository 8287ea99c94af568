package se.ekonomiuppfoljning.cycle;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One change: who, when, what (an entity kind and its id) and the entity before and after, as text.
 *
 * @param before null when the entity was created
 * @param after  null when it was removed
 */
public record AuditEntry(String username, Instant at, String entity, String entityId, @Nullable String before,
                         @Nullable String after) {
}
