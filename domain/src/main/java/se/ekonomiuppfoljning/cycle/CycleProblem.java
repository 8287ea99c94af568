package se.ekonomiuppfoljning.cycle;

import java.util.List;
import se.ekonomiuppfoljning.common.Problem;
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
    QUESTION_ANSWERED_LOCKED,
    /** Four eyes: the reviewer saved the report's texts or forecast last. */
    FOUR_EYES_LAST_WRITER,
    /** Four eyes: the reviewer marked the report ready. */
    FOUR_EYES_MARKED_READY,
    /** Four eyes: the reviewer wrote in the report since it was last sent back. */
    FOUR_EYES_WROTE_THIS_ROUND,
    /** {0}: the period's last day. */
    DEADLINE_NOT_AFTER_PERIOD,
    THRESHOLDS_NEGATIVE,
    THRESHOLD_PERCENT_OVER_100,
    /** A reason for an analysis. {0}: the YTD deviation in tkr, {1}: the threshold in tkr (both as displayed). */
    ANALYSIS_YTD_OVER_KRONOR,
    /** A reason for an analysis. {0}: the YTD deviation in tkr, {1}: the threshold in percent (as displayed). */
    ANALYSIS_YTD_OVER_PERCENT,
    /** A reason for an analysis. {0}: the forecast deviation in tkr (as displayed). */
    ANALYSIS_FORECAST_NEGATIVE,
    /** Two reasons in one sentence. {0}: the first, {1}: the rest (both problems). */
    REASONS_AND,
    /** A report's state inside a sentence ("ej påbörjad", "utkast" …), one per {@link ProgressState}. */
    STATE_NOT_STARTED,
    STATE_DRAFT,
    STATE_READY,
    STATE_APPROVED,
    STATE_SENT_BACK;

    /** The report's state as a word inside another problem. */
    public static Problem state(ProgressState state) {
        return Problem.of(
                switch (state) {
                    case NOT_STARTED -> STATE_NOT_STARTED;
                    case DRAFT -> STATE_DRAFT;
                    case READY -> STATE_READY;
                    case APPROVED -> STATE_APPROVED;
                    case SENT_BACK -> STATE_SENT_BACK;
                });
    }

    /** The reasons as one problem, joined by "and" ({@link #REASONS_AND}); the list is not empty. */
    public static Problem all(List<Problem> reasons) {
        Problem joined = reasons.get(reasons.size() - 1);
        for (int i = reasons.size() - 2; i >= 0; i--) {
            joined = Problem.of(REASONS_AND, reasons.get(i), joined);
        }
        return joined;
    }
}
