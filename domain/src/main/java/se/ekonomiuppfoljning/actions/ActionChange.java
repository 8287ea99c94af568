package se.ekonomiuppfoljning.actions;

import se.ekonomiuppfoljning.common.AuditEntry;

/** One change of an åtgärd in a month's history: the action as it is now, and the audit entry of the change. */
public record ActionChange(Action action, AuditEntry entry) {}
