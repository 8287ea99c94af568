package se.ekonomiuppfoljning.directory;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The outcome of a login through the identity provider: the account to log in as, or why not.
 *
 * @param account the account, when admitted
 * @param refusal why not, when refused
 */
public record ProviderSignIn(
        @Nullable UserAccount account, @Nullable Refusal refusal) {

    /** Why a person the identity provider vouched for does not get in. */
    public enum Refusal {
        /** No role from their groups, a disabled account, a local account of the name, or an unusable name. */
        NO_ACCESS,
        /** The login name is the name of an account bound to another identity: never taken over. */
        NAME_BOUND_TO_ANOTHER
    }

    static ProviderSignIn admitted(UserAccount account) {
        return new ProviderSignIn(account, null);
    }

    static ProviderSignIn refused(Refusal refusal) {
        return new ProviderSignIn(null, refusal);
    }

    public Optional<UserAccount> admittedAccount() {
        return Optional.ofNullable(account);
    }
}
