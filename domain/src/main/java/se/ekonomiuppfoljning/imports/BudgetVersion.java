package se.ekonomiuppfoljning.imports;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An earlier budget of a year, kept when the import {@code importId} (of the file {@code importFile}) replaced it at
 * {@code createdAt}. The pages name it from that import ("Före import av budget.csv 2026-03-02 09:00"), in the
 * reader's language; {@code storedName} is the name a version kept before the portal named them itself (stored as
 * text then), shown as it was stored, and null for the others.
 */
public record BudgetVersion(
        long id,
        long importId,
        int year,
        @Nullable String storedName,
        String importFile,
        Instant createdAt,
        String createdBy,
        BigDecimal total) {}
