package se.ekonomiuppfoljning.common;

/**
 * A kind of problem a rule can raise, implemented by one enum per feature (e.g. {@code CycleProblem}). Its text is
 * not here: the UI and the API look it up in the bundles under {@link #key()}, in the reader's language, with the
 * problem's arguments as {0}, {1} … A bundle test checks that every code has a text in every bundle.
 */
public interface ProblemCode {

    /** The enum constant's name (enums implement this for free). */
    String name();

    /** The bundle key: {@code problem.<enum's simple name>.<constant>}, e.g. {@code problem.CycleProblem.TEXT_TOO_LONG}. */
    default String key() {
        Class<?> type = getClass().isEnum() ? getClass() : getClass().getEnclosingClass();
        return "problem." + type.getSimpleName() + "." + name();
    }
}
