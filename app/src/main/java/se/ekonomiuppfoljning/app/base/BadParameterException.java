package se.ekonomiuppfoljning.app.base;

/**
 * A query parameter the API could not read, with a Swedish message written for the client's user (the value and
 * the expected form). Only this exception's message reaches an API answer; any other exception's text stays in
 * the log.
 */
public final class BadParameterException extends RuntimeException {

    public BadParameterException(String message, Throwable cause) {
        super(message, cause);
    }
}
