package se.ekonomiuppfoljning.app.security;

import org.springframework.security.core.AuthenticationException;

/** The login form was posted from another site (login CSRF): refused before any password is looked at. */
class ForeignLoginFormException extends AuthenticationException {

    ForeignLoginFormException() {
        super("login form posted from another site");
    }
}
