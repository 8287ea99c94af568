package se.ekonomiuppfoljning.organisation;

/** A unit code that the organisation does not hold. */
public class UnknownUnitException extends RuntimeException {

    private final UnitCode code;

    public UnknownUnitException(UnitCode code) {
        super("unknown unit " + code);
        this.code = code;
    }

    public UnitCode code() {
        return code;
    }
}
