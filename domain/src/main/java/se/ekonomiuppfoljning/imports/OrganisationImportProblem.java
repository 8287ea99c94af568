package se.ekonomiuppfoljning.imports;

import se.ekonomiuppfoljning.common.ProblemCode;

/**
 * What an organisation file can be refused or warned for, and how a unit's change is shown before saving; the
 * words are {@code problem.OrganisationImportProblem.*} in the bundles. Codes are given as text.
 */
public enum OrganisationImportProblem implements ProblemCode {
    CODE_MISSING,
    /** {0}: the code. */
    CODE_REPEATED,
    /** {0}: the code as written, {1}: its canonical form. */
    CODE_REPEATED_IN_OTHER_CASE,
    /** {0}: the unit's code. */
    NAME_MISSING,
    /** {0}: the committee's code. */
    COMMITTEE_TO_BE_CREATED,
    /** {0}: the committee's code. */
    COMMITTEE_CREATED,
    /** {0}: the unit, {1}: the committee it names. */
    NEW_COMMITTEE_OUTSIDE_SCOPE,
    /** {0}: the new unit, {1}: the parent outside the scope. */
    NEW_UNIT_OUTSIDE_SCOPE,
    /** {0}: the new unit, placed as a root. */
    NEW_UNIT_AS_ROOT,
    /** {0}: the unit. */
    UNIT_OUTSIDE_SCOPE,
    /** {0}: the unit at the top of the caller's scope. */
    SCOPE_TOP_MOVED,
    /** {0}: the unit, {1}: its new parent outside the scope. */
    MOVED_OUT_OF_SCOPE,
    /** {0}: the unit, moved to be a root. */
    MOVED_OUT_AS_ROOT,
    /** {0}: the unit, {1}: the committee it would count in, {2}: the one it counts in. */
    COMMITTEE_FRAME_CHANGED,
    /** {0}: the unit, {1}: its committee, {2}: its parent, {3}: the parent's committee. */
    COMMITTEE_DIFFERS_FROM_PARENT,
    /** A unit counting in no committee. */
    NO_COMMITTEE,
    /** {0}: the unit, {1}: its unknown parent. */
    NOT_A_TREE_UNKNOWN_PARENT,
    /** {0}: the unit. */
    NOT_A_TREE_CYCLE,
    /** {0}, {1}: the name before and after. */
    NAME_CHANGE,
    /** {0}, {1}: the short name before and after (or a problem for none). */
    SHORT_NAME_CHANGE,
    /** {0}, {1}: the parent before and after (or a problem for none). */
    PARENT_CHANGE,
    /** {0}, {1}: the committee before and after (or a problem for an inherited one). */
    COMMITTEE_CHANGE,
    NO_PARENT,
    NO_SHORT_NAME,
    COMMITTEE_INHERITED
}
