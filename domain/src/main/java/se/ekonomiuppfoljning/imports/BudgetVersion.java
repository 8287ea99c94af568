package se.ekonomiuppfoljning.imports;

import java.math.BigDecimal;
import java.time.Instant;

/** An earlier budget of a year, kept when the import {@code importId} replaced it. */
public record BudgetVersion(
        long id, long importId, int year, String name, Instant createdAt, String createdBy, BigDecimal total) {}
