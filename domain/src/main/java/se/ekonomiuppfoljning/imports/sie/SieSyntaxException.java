package se.ekonomiuppfoljning.imports.sie;

/** A field of one record cannot be read; the reader turns it into a problem with the line number. */
final class SieSyntaxException extends Exception {

    private final String field;

    SieSyntaxException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The Swedish text given at construction, never null. */
    @Override
    public String getMessage() {
        return String.valueOf(super.getMessage());
    }

    String field() {
        return field;
    }
}
