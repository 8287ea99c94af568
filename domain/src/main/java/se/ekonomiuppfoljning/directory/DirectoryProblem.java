package se.ekonomiuppfoljning.directory;

import se.ekonomiuppfoljning.common.ProblemCode;

/** Why a group mapping is refused. */
public enum DirectoryProblem implements ProblemCode {
    /** No arguments. */
    GROUP_MISSING,
    /** {0}: the longest group name allowed. */
    GROUP_TOO_LONG,
    /** {0}: the group. */
    GRANTS_NOTHING,
    /** {0}: the unit code. */
    UNKNOWN_UNIT,
    /** {0}: the committee code. */
    UNKNOWN_COMMITTEE,
    /** {0}: the group. */
    MAPPING_NOT_FOUND
}
