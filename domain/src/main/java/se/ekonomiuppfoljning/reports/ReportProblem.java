package se.ekonomiuppfoljning.reports;

import se.ekonomiuppfoljning.common.ProblemCode;

/**
 * What the document rules refuse, and the header fields of a tjänsteskrivelse they name; the texts are in the
 * bundles under {@code problem.ReportProblem.*}.
 */
public enum ReportProblem implements ProblemCode {
    /** {0}: the key the template does not have. */
    TEMPLATE_KEY_UNKNOWN,
    /** {0}: the unknown placeholders, in braces; {1}: the allowed ones, in braces. */
    TEMPLATE_PLACEHOLDER_UNKNOWN,
    /** The field "Rubriken". */
    TITLE_FIELD,
    /** The field "Handläggaren". */
    OFFICER_FIELD,
    /** The field "Ansvarig chef". */
    CHIEF_FIELD,
    /** The field "Förslaget till beslut". */
    PROPOSAL_FIELD,
    /** The field "Mottagarna för kännedom". */
    FOR_KNOWLEDGE_FIELD,
    /** The field "Mottagarna för åtgärd". */
    FOR_ACTION_FIELD
}
