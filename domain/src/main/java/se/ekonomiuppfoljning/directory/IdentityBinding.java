package se.ekonomiuppfoljning.directory;

/**
 * A portal account bound to the identity that first logged in to it through the identity provider.
 *
 * @param username  the portal account (never changes)
 * @param identity  the issuer and subject the account belongs to
 * @param loginName the login name the provider gave at the last login (it may change at the provider)
 */
public record IdentityBinding(String username, ProviderIdentity identity, String loginName) {}
