package se.ekonomiuppfoljning.imports.sie;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;

/**
 * One line of a SIE file: its label as written (e.g. {@code #TRANS}), the fields after it and the line number.
 * The typed getters throw {@link SieSyntaxException} with a problem naming the field.
 */
record SieRecord(String writtenLabel, List<SieField> fields, int line) {

    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    String label() {
        return writtenLabel.toUpperCase(Locale.ROOT);
    }

    int size() {
        return fields.size();
    }

    /** The text of field {@code index}, empty when the field is missing or is an object list. */
    String text(int index) {
        return index < fields.size() ? fields.get(index).text() : "";
    }

    @Nullable
    String optionalText(int index) {
        String text = text(index).strip();
        return text.isEmpty() ? null : text;
    }

    String required(int index, String fieldName) throws SieSyntaxException {
        String text = text(index).strip();
        if (text.isEmpty()) {
            throw new SieSyntaxException(fieldName, SieProblem.FIELD_MISSING, fieldName);
        }
        return text;
    }

    boolean isObjectList(int index) {
        return index < fields.size() && fields.get(index).isObjectList();
    }

    List<SieObject> objects(int index) {
        List<SieObject> objects = index < fields.size() ? fields.get(index).objects() : null;
        return objects == null ? List.of() : objects;
    }

    int integer(int index, String fieldName) throws SieSyntaxException {
        String text = required(index, fieldName);
        if (!INTEGER.matcher(text).matches()) {
            throw new SieSyntaxException(fieldName, SieProblem.FIELD_NOT_INTEGER, fieldName, text);
        }
        return Integer.parseInt(text);
    }

    /** An amount in kronor: {@code .} as decimal point, at most two decimals; scale 2. */
    BigDecimal amount(int index, String fieldName) throws SieSyntaxException {
        String text = required(index, fieldName);
        if (!AMOUNT.matcher(text).matches()) {
            throw new SieSyntaxException(fieldName, SieProblem.AMOUNT_NOT_NUMBER, text);
        }
        int point = text.indexOf('.');
        if (point >= 0 && text.length() - point - 1 > 2) {
            throw new SieSyntaxException(fieldName, SieProblem.AMOUNT_TOO_MANY_DECIMALS, text);
        }
        return new BigDecimal(text.endsWith(".") ? text + "0" : text).setScale(2);
    }

    LocalDate date(int index, String fieldName) throws SieSyntaxException {
        String text = required(index, fieldName);
        if (text.length() == 8 && allDigits(text)) {
            try {
                return LocalDate.of(
                        Integer.parseInt(text, 0, 4, 10),
                        Integer.parseInt(text, 4, 6, 10),
                        Integer.parseInt(text, 6, 8, 10));
            } catch (DateTimeException e) {
                // not a date: the formatter below gives the message
            }
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new SieSyntaxException(fieldName, SieProblem.FIELD_NOT_DATE, fieldName, text);
        }
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    Period period(int index, String fieldName) throws SieSyntaxException {
        String text = required(index, fieldName);
        if (text.matches("\\d{6}")) {
            try {
                return Period.parse(text);
            } catch (IllegalArgumentException e) {
                // falls through to the message below
            }
        }
        throw new SieSyntaxException(fieldName, SieProblem.FIELD_NOT_MONTH, fieldName, text);
    }
}
