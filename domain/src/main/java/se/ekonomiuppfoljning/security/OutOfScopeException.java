package se.ekonomiuppfoljning.security;

import se.ekonomiuppfoljning.organisation.UnitCode;

/** The caller asked for a unit outside their scope. Carries no data of that unit beyond its code. */
public class OutOfScopeException extends RuntimeException {

    private final UnitCode unit;

    public OutOfScopeException(String username, UnitCode unit) {
        super("user " + username + " has no access to unit " + unit);
        this.unit = unit;
    }

    public UnitCode unit() {
        return unit;
    }
}
