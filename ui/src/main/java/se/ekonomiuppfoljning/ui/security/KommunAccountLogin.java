package se.ekonomiuppfoljning.ui.security;

import java.util.Optional;

/**
 * The login with the kommun's own account at its identity provider (OpenID Connect), when the portal is configured
 * for one: the login page then offers it beside the password form. The application provides the bean; without one,
 * or with {@link #address()} empty, the login page shows the password form only.
 */
public interface KommunAccountLogin {

    /** Where the browser starts the login, relative to the portal (no leading slash), or empty when none is set up. */
    Optional<String> address();

    /** The operator's own words for the link, or empty for the portal's ("Logga in med kommunens konto"). */
    Optional<String> label();
}
