package se.ekonomiuppfoljning.apikeys;

/** What a key is for; stored with the key and fixed for its life. */
public enum ApiKeyPurpose {
    /**
     * The integration API (follow-up, imports …) with its owner's roles and scope, never an administrator's rights:
     * its owner may not be an administrator, and the API grants it no administrator's right even if they become one.
     */
    INTEGRATION,
    /**
     * The users API ({@code /api/v1/users}) only, for an HR system keeping the users in step: its owner must be an
     * administrator (a service account), and the key is refused everywhere else and reads no figures.
     */
    USER_ADMINISTRATION
}
