package se.ekonomiuppfoljning.common;

/** The free-text fields the rules name in their problems; the bundles word them (e.g. "Den ekonomiska analysen"). */
public enum TextField implements ProblemCode {
    FOLLOW_UP_TEXT,
    ANALYSIS,
    COMMENT,
    ACTION_WHAT,
    ACTION_CAUSE,
    RESPONSIBLE,
    DECISION_ORGAN,
    DECISION_TEXT,
    CASE_NUMBER_PATTERN,
    CASE_NUMBER,
    TEMPLATE_TEXT,
    QUESTION,
    ANSWER
}
