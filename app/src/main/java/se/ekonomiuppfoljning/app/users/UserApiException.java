package se.ekonomiuppfoljning.app.users;

/**
 * A request the users API answers itself: its status, the JSON field it concerns (empty for the whole body) and a
 * Swedish message written for the client's user. Only this exception's message reaches an answer.
 */
final class UserApiException extends RuntimeException {

    private final int status;
    private final String field;
    private final String code;
    private final String text;

    UserApiException(int status, String field, String code, String message) {
        super(message);
        this.status = status;
        this.field = field;
        this.code = code;
        this.text = message;
    }

    /** The Swedish message for the client's user. */
    String text() {
        return text;
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }
}
