package se.ekonomiuppfoljning.app.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A login attempt the {@link se.ekonomiuppfoljning.security.LoginThrottle} refused, its password unchecked: the
 * login page answers it with the wait ({@code /login?blocked=seconds}), the API with {@code 429}.
 */
class LoginBlockedException extends AuthenticationException {

    private final long seconds;

    LoginBlockedException(Duration wait) {
        super("för många misslyckade inloggningar");
        this.seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** The wait in whole seconds, rounded up, at least one. */
    long seconds() {
        return seconds;
    }
}
