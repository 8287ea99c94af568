package se.ekonomiuppfoljning.security;

/** The administrator entered something the portal cannot store; the message says what, in Swedish. */
public class InvalidUserDataException extends RuntimeException {

    public InvalidUserDataException(String message) {
        super(message);
    }
}
