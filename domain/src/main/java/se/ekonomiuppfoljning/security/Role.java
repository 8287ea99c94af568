package se.ekonomiuppfoljning.security;

/** The roles of the portal. Spring Security sees them as authorities {@code ROLE_<name>}. */
public enum Role {
    /** Chief of one or more units: scope = the subtrees of the assigned units. */
    CHEF,
    /** Economist: scope as a chief, plus managing data (imports, periods, organisation). */
    EKONOM,
    /** Read-only reviewer: scope = the subtrees of the topmost units reporting to their committees. */
    POLITIKER,
    /** Users, roles, scopes and settings; no unit data of its own. */
    ADMIN;

    /** The names for {@code @RolesAllowed}, kept beside the enum so that they cannot drift. */
    public static final class Names {
        public static final String CHEF = "CHEF";
        public static final String EKONOM = "EKONOM";
        public static final String POLITIKER = "POLITIKER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
