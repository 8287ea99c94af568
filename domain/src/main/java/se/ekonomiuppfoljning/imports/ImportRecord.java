package se.ekonomiuppfoljning.imports;

import java.time.Instant;

/** One saved import in the history. */
public record ImportRecord(
        long id,
        String username,
        Instant at,
        String fileName,
        String sha256,
        ImportKind kind,
        String periods,
        long rows,
        String result,
        boolean undone) {}
