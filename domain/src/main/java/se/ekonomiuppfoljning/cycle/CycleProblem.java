package se.ekonomiuppfoljning.cycle;

import se.ekonomiuppfoljning.common.ProblemCode;

/** What the monthly cycle's rules refuse; the texts are in the bundles under {@code problem.CycleProblem.*}. */
public enum CycleProblem implements ProblemCode {
    /** {0}: the unit's name, {1}: the period. Names a report inside the other problems. */
    REPORT_TITLE,
    /** {0}: the report. */
    REPORT_APPROVED_LOCKED,
    /** {0}: the report. */
    REPORT_NOT_STARTED,
    /** {0}: the report. */
    REPORT_ALREADY_READY,
    /** {0}: the report. */
    REPORT_ALREADY_APPROVED,
    /** {0}: the report. */
    REPORT_STATUS_MISSING,
    /** {0}: the report, {1}: why an analysis is required. */
    REPORT_ANALYSIS_REQUIRED,
    /** {0}: the report, {1}: why this reviewer may not (four eyes). */
    REPORT_NOT_YOURS_TO_APPROVE,
    /** {0}: the report, {1}: its state. */
    REPORT_NOT_READY_TO_APPROVE,
    /** {0}: the report, {1}: its state. */
    REPORT_NOT_READY_TO_SEND_BACK,
    SEND_BACK_COMMENT_MISSING,
    FORECAST_NOT_KRONOR,
    /** {0}: the field. */
    TEXT_EMPTY,
    QUESTION_NOT_FOUND,
    QUESTION_ALREADY_ANSWERED,
    QUESTION_ANSWERED_LOCKED
}
