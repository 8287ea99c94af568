package se.ekonomiuppfoljning.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a rule refused, as data: a code and its arguments (a unit, a line, a field, an amount). The words are in the
 * bundles; {@link #toString()} is for logs only.
 */
public record Problem(ProblemCode code, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(ProblemCode code, Object... arguments) {
        return new Problem(code, Arrays.asList(arguments));
    }

    /** The bundle key of the code. */
    public String key() {
        return code.key();
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }

    /** For logs: the key and the arguments. */
    @Override
    public String toString() {
        return arguments.isEmpty()
                ? code.key()
                : code.key() + arguments.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
