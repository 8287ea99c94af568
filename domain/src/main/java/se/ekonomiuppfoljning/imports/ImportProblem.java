package se.ekonomiuppfoljning.imports;

/**
 * One problem of an imported file, in Swedish, with where it is: file, line (1-based, 0 for the whole file)
 * and field.
 */
public record ImportProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(", rad ").append(line);
        }
        if (!field.isEmpty()) {
            out.append(", fält \"").append(field).append('"');
        }
        return out.append(": ").append(message).toString();
    }
}
