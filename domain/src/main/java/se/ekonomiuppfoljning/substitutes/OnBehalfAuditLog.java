package se.ekonomiuppfoljning.substitutes;

import java.util.List;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The audit trail as every service writes it, marking each entry about a unit that its actor reaches only as
 * ersättare with the chief they act for ("… som ersättare för …"). Entries without a unit, and entries already
 * marked, pass unchanged.
 */
public final class OnBehalfAuditLog implements AuditLog {

    private final AuditLog delegate;
    private final ActingAccounts accounts;
    private final OrganisationRepository organisations;

    public OnBehalfAuditLog(AuditLog delegate, ActingAccounts accounts, OrganisationRepository organisations) {
        this.delegate = delegate;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public void record(AuditEntry entry) {
        String unit = entry.unitCode();
        if (unit == null || entry.onBehalfOf() != null) {
            delegate.record(entry);
            return;
        }
        delegate.record(accounts.onBehalfOf(organisations.load(), entry.username(), UnitCode.of(unit))
                .map(entry::withOnBehalfOf)
                .orElse(entry));
    }

    @Override
    public List<AuditEntry> entriesFor(String entity, String entityId) {
        return delegate.entriesFor(entity, entityId);
    }
}
