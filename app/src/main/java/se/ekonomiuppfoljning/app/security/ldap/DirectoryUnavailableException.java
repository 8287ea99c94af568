package se.ekonomiuppfoljning.app.security.ldap;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The directory did not answer (connection refused, timed out, TLS failed, the search failed): the password was not
 * checked. The login page says so in Swedish ({@code /login?directory}); the API answers 401 like any failed login.
 */
public class DirectoryUnavailableException extends AuthenticationServiceException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
