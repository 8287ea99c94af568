package se.ekonomiuppfoljning.imports.sie;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line into a label and fields. Fields are separated by spaces or tabs; a field in quotes may hold
 * spaces, and {@code \"} inside it is a quote (the only escape; any other backslash is kept). An object list
 * {@code {dim obj dim obj}} is one field, whatever its spacing, with quoted or unquoted items.
 */
final class SieTokenizer {

    private final String line;
    private int pos;

    private SieTokenizer(String line) {
        this.line = line;
    }

    /** The record of a non-blank line that starts with a label. */
    static SieRecord parse(String line, int lineNo) throws SieSyntaxException {
        SieTokenizer tokenizer = new SieTokenizer(line);
        tokenizer.skipBlanks();
        String label = tokenizer.plainToken(false);
        List<SieField> fields = new ArrayList<>();
        while (true) {
            tokenizer.skipBlanks();
            if (tokenizer.atEnd()) {
                return new SieRecord(label, fields, lineNo);
            }
            fields.add(tokenizer.field(fields.size() + 1));
        }
    }

    private SieField field(int number) throws SieSyntaxException {
        char c = line.charAt(pos);
        if (c == '{') {
            pos++;
            return SieField.objectList(objectItems(number));
        }
        if (c == '"') {
            return SieField.text(quoted());
        }
        return SieField.text(plainToken(false));
    }

    private List<SieObject> objectItems(int number) throws SieSyntaxException {
        List<String> items = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (atEnd()) {
                throw new SieSyntaxException(number, SieProblem.OBJECT_LIST_NOT_CLOSED);
            }
            char c = line.charAt(pos);
            if (c == '}') {
                pos++;
                break;
            }
            items.add(c == '"' ? quoted() : plainToken(true));
        }
        if (items.size() % 2 != 0) {
            throw new SieSyntaxException(number, SieProblem.OBJECT_LIST_NOT_PAIRS, String.join(" ", items));
        }
        List<SieObject> objects = new ArrayList<>(items.size() / 2);
        for (int i = 0; i < items.size(); i += 2) {
            objects.add(new SieObject(items.get(i), items.get(i + 1)));
        }
        return objects;
    }

    /** A quoted field; an unterminated quote runs to the end of the line. */
    private String quoted() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == '\\' && pos + 1 < line.length() && line.charAt(pos + 1) == '"') {
                out.append('"');
                pos += 2;
            } else if (c == '"') {
                pos++;
                break;
            } else {
                out.append(c);
                pos++;
            }
        }
        return out.toString();
    }

    private String plainToken(boolean insideObjectList) {
        int start = pos;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == ' ' || c == '\t' || (insideObjectList && (c == '}' || c == '"'))) {
                break;
            }
            pos++;
        }
        return line.substring(start, pos);
    }

    private void skipBlanks() {
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= line.length();
    }
}
