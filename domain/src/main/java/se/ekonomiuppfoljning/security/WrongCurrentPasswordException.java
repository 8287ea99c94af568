package se.ekonomiuppfoljning.security;

/**
 * The current password given when changing it is wrong ({@link SecurityProblem#PASSWORD_CURRENT_WRONG}). The audit
 * entry written before it is thrown must be kept: the application's transaction around the service commits, rather
 * than rolls back, when a call ends with this exception.
 */
public class WrongCurrentPasswordException extends InvalidUserDataException {

    public WrongCurrentPasswordException() {
        super(SecurityProblem.PASSWORD_CURRENT_WRONG);
    }
}
