package se.ekonomiuppfoljning.imports;

import java.math.BigDecimal;
import java.time.Instant;

/** An earlier budget of a year, kept when an import replaced it. */
public record BudgetVersion(long id, int year, String name, Instant createdAt, String createdBy, BigDecimal total) {
}
