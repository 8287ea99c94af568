package se.ekonomiuppfoljning.directory;

import java.util.Optional;

/**
 * Which portal account belongs to which identity at the identity provider: one identity per account and one account
 * per identity.
 */
public interface IdentityBindings {

    Optional<IdentityBinding> of(ProviderIdentity identity);

    Optional<IdentityBinding> ofAccount(String username);

    /** Stores the binding, or replaces the login name of the identity's binding. */
    void save(IdentityBinding binding);
}
