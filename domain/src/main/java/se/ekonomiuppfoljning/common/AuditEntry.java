package se.ekonomiuppfoljning.common;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change or security event: who (the actor), when, what (an entity kind and its id), the unit it concerns
 * where there is one, and the entity before and after, as text.
 *
 * @param before   null when the entity was created
 * @param after    null when it was removed
 * @param unitCode the code of the unit the entry concerns, for filtering the trail by unit; null when it
 *                 concerns none (a user, a setting of the whole kommun)
 * @param onBehalfOf the user name of the chief for whom the actor acted as ersättare (substitute): set when the
 *                 entry concerns a unit the actor reaches only through a substitution; null otherwise
 */
public record AuditEntry(
        String username,
        Instant at,
        String entity,
        String entityId,
        @Nullable String before,
        @Nullable String after,
        @Nullable String unitCode,
        @Nullable String onBehalfOf) {

    /** An entry that concerns the given unit (or none), done on nobody's behalf but the actor's. */
    public AuditEntry(
            String username,
            Instant at,
            String entity,
            String entityId,
            @Nullable String before,
            @Nullable String after,
            @Nullable String unitCode) {
        this(username, at, entity, entityId, before, after, unitCode, null);
    }

    /** An entry that concerns no particular unit (or whose writer does not name it). */
    public AuditEntry(
            String username,
            Instant at,
            String entity,
            String entityId,
            @Nullable String before,
            @Nullable String after) {
        this(username, at, entity, entityId, before, after, null, null);
    }

    /** The same entry, concerning the given unit. */
    public AuditEntry withUnit(@Nullable String code) {
        return new AuditEntry(username, at, entity, entityId, before, after, code, onBehalfOf);
    }

    /** The same entry, done as ersättare for the given chief (a user name), or on nobody's behalf (null). */
    public AuditEntry withOnBehalfOf(@Nullable String chief) {
        return new AuditEntry(username, at, entity, entityId, before, after, unitCode, chief);
    }
}
