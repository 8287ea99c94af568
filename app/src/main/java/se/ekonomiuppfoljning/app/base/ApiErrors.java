package se.ekonomiuppfoljning.app.base;

import java.util.List;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/** The body of every refusal the API answers: {@code {"errors": [...]}}. */
public record ApiErrors(List<ApiError> errors) {

    /** One problem about the whole request. */
    public static ApiErrors of(String code, String message) {
        return ofField("", code, message);
    }

    /** One problem about a field of the request's body (empty for the whole body). */
    public static ApiErrors ofField(String field, String code, String message) {
        return new ApiErrors(List.of(new ApiError("", 0, field, message, code)));
    }

    /** One rule's problem, worded in Swedish, its code beside it. */
    public static ApiErrors of(Problem problem) {
        return ofField("", problem);
    }

    /** One rule's problem about a field, worded in Swedish, its code beside it. */
    public static ApiErrors ofField(String field, Problem problem) {
        return ofField(field, code(problem), Problems.text(problem, TranslationProvider.SWEDISH));
    }

    /** A problem's machine code: its bundle key without {@code problem.}, e.g. {@code SieProblem.VOUCHER_UNBALANCED}. */
    public static String code(Problem problem) {
        return problem.key().substring("problem.".length());
    }
}
