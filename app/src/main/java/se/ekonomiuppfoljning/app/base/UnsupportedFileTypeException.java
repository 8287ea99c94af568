package se.ekonomiuppfoljning.app.base;

/** A body of a kind the endpoint does not read. */
public class UnsupportedFileTypeException extends RuntimeException {

    public UnsupportedFileTypeException(String message) {
        super(message);
    }
}
