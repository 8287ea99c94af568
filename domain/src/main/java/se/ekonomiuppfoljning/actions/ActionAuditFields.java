package se.ekonomiuppfoljning.actions;

import java.util.List;
import se.ekonomiuppfoljning.common.AuditField;
import se.ekonomiuppfoljning.common.AuditField.Kind;

/** The fields of an åtgärd's text in the audit trail ({@link Action#describe()}), in its order. */
public final class ActionAuditFields {

    /**
     * The keys are the trail's storage format (entries already written keep them), not text for users: the UI
     * names each field by its code; the letters å, ä, ö are escaped to say so to the check for Swedish text.
     */
    public static final List<AuditField> FIELDS = List.of(
            AuditField.text("enhet", "unit"),
            AuditField.text("period", "period"),
            AuditField.text("vad", "what"),
            AuditField.text("orsak", "cause"),
            AuditField.text("ansvarig", "responsible"),
            AuditField.text("slutdatum", "dueDate"),
            new AuditField("effekt", "expectedEffect", Kind.KRONOR),
            new AuditField("beslutsniv\u00e5", "decisionLevel", Kind.DECISION_LEVEL),
            new AuditField("status", "actionStatus", Kind.ACTION_STATUS),
            AuditField.text("beslut", "decision"));

    private ActionAuditFields() {}
}
