package se.ekonomiuppfoljning.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditText;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * A unit's report for a period: the verksamhetsuppföljning (status and text), the ekonomisk analys, the
 * helårsprognos in kronor (null: the portal's proposal applies) and where it is in the cycle.
 *
 * @param reviewComment the reviewer's comment when sent back; empty otherwise
 * @param updatedBy     who made the last change of any kind (for a ready report: who marked it ready)
 * @param version       0 for a report not yet stored; every stored change adds one (optimistic locking)
 * @param writtenBy     who last saved the texts and the forecast (empty for a report not yet written)
 */
public record UnitReport(
        UnitCode unit,
        Period period,
        ReportState state,
        @Nullable FollowUpStatus followUpStatus,
        String followUpText,
        String analysis,
        @Nullable BigDecimal forecast,
        String reviewComment,
        String updatedBy,
        Instant updatedAt,
        long version,
        String writtenBy) {

    /** The audit text's first field, the state (a stored format: the four-eyes rule reads it back). */
    static final String AUDIT_STATE = ReportAuditFields.FIELDS.get(0).key() + "=";

    /** A report whose texts were last saved by {@code updatedBy}. */
    public UnitReport(
            UnitCode unit,
            Period period,
            ReportState state,
            @Nullable FollowUpStatus followUpStatus,
            String followUpText,
            String analysis,
            @Nullable BigDecimal forecast,
            String reviewComment,
            String updatedBy,
            Instant updatedAt,
            long version) {
        this(
                unit,
                period,
                state,
                followUpStatus,
                followUpText,
                analysis,
                forecast,
                reviewComment,
                updatedBy,
                updatedAt,
                version,
                updatedBy);
    }

    /** The report of a unit nobody has started on. */
    public static UnitReport notStarted(UnitCode unit, Period period) {
        return new UnitReport(unit, period, ReportState.DRAFT, null, "", "", null, "", "", Instant.EPOCH, 0);
    }

    public boolean stored() {
        return version > 0;
    }

    public boolean hasAnalysis() {
        return !analysis.isBlank();
    }

    /** The entity id used in the audit trail: {@code 1150/2026-02}. */
    public String auditId() {
        return unit + "/" + period;
    }

    UnitReport with(ReportState newState, String newComment, String username, Instant at) {
        return new UnitReport(
                unit,
                period,
                newState,
                followUpStatus,
                followUpText,
                analysis,
                forecast,
                newComment,
                username,
                at,
                version + 1,
                writtenBy);
    }

    /**
     * The report as a reader who may not read its texts sees it: no verksamhetsuppföljning (status and text), no
     * analysis, no reviewer's comment; the state, the forecast and the version stay.
     */
    public UnitReport withoutTexts() {
        return new UnitReport(
                unit, period, state, null, "", "", forecast, "", updatedBy, updatedAt, version, writtenBy);
    }

    /** A stable text of the report's content, for the audit trail. */
    public String describe() {
        return AuditText.of(
                ReportAuditFields.FIELDS,
                state,
                followUpStatus,
                forecast == null ? null : forecast.toPlainString(),
                followUpText,
                analysis,
                reviewComment);
    }
}
