package se.ekonomiuppfoljning.cycle;

import java.util.List;
import se.ekonomiuppfoljning.common.AuditField;
import se.ekonomiuppfoljning.common.AuditField.Kind;

/** The fields of a unit report's text in the audit trail ({@link UnitReport#describe()}), in its order. */
public final class ReportAuditFields {

    /**
     * The keys are the trail's storage format (entries already written keep them), not text for users: the UI
     * names each field by its code; the letters å, ä, ö are escaped to say so to the check for Swedish text.
     */
    public static final List<AuditField> FIELDS = List.of(
            new AuditField("tillst\u00e5nd", "reportState", Kind.REPORT_STATE),
            new AuditField("status", "followUpStatus", Kind.FOLLOW_UP_STATUS),
            new AuditField("prognos", "forecast", Kind.KRONOR),
            AuditField.text("verksamhetsuppf\u00f6ljning", "followUpText"),
            AuditField.text("analys", "analysis"),
            AuditField.text("kommentar", "reviewComment"));

    private ReportAuditFields() {}
}
