package se.ekonomiuppfoljning.app.base;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The API's query parameters read into the domain's types. A bad value becomes a {@link BadParameterException}
 * with a Swedish message naming the parameter's value and the expected form; {@code ApiExceptionHandler} answers 400.
 */
public final class ApiParameters {

    private ApiParameters() {}

    public static UnitCode unit(String code) {
        try {
            return UnitCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("enhetskoden \"" + code + "\" ska ha 1–20 tecken", e);
        }
    }

    public static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("perioden \"" + text + "\" ska skrivas ÅÅÅÅ-MM, till exempel 2026-02", e);
        }
    }

    /** An optional date; empty or absent gives null. */
    public static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(
                    "datumet \"" + text + "\" ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-03-02", e);
        }
    }
}
