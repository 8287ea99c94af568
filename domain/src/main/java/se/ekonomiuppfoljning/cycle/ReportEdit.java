package se.ekonomiuppfoljning.cycle;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a chief or economist edits in a unit report.
 *
 * @param forecast the helårsprognos in kronor; null keeps the portal's proposal
 */
public record ReportEdit(
        @Nullable FollowUpStatus followUpStatus,
        @Nullable String followUpText,
        @Nullable String analysis,
        @Nullable BigDecimal forecast) {}
