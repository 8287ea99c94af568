package se.ekonomiuppfoljning.security;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.Organisation;

/**
 * Resolved scopes remembered per user, for one organisation tree: resolving walks the whole tree on every call,
 * while the tree and the users change rarely. A scope is reused only for the same tree object (immutable; the
 * organisation repository builds a new one after every change) and an equal user account (the same roles,
 * units, committees and enabled flag, as read for this call), so a change takes effect at once. It holds nothing
 * of its own: a scope is a function of the tree and the user it is given, so it is exactly as fresh as they are (the
 * organisation and user ports serve nothing older than the last committed change, decision 6).
 */
public final class ScopeCache {

    private static final int MAX_USERS = 1_000;

    private @Nullable Organisation organisation;
    private final Map<UserAccount, AccessScope> scopes = new HashMap<>();

    public synchronized AccessScope resolve(Organisation organisation, UserAccount user) {
        if (this.organisation != organisation) {
            scopes.clear();
            this.organisation = organisation;
        }
        AccessScope scope = scopes.get(user);
        if (scope == null) {
            if (scopes.size() >= MAX_USERS) {
                scopes.clear();
            }
            scope = AccessScope.resolve(organisation, user);
            scopes.put(user, scope);
        }
        return scope;
    }
}
