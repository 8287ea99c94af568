package se.ekonomiuppfoljning.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import se.ekonomiuppfoljning.common.RuleViolationException;

/**
 * The languages a user may choose for the portal: Swedish, the portal's own and the default, and English. Each is
 * stored by its {@link #code()} and shown in its {@link #locale()}.
 */
public enum Language {
    SV("sv-SE"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language everyone starts in. */
    public static final Language DEFAULT = SV;

    /** The IETF language tag of the UI's locale, e.g. {@code sv-SE}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The stored code, lower case: {@code sv}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a stored code, if it is one. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code().equalsIgnoreCase(code.strip()))
                .findFirst();
    }

    /** The language of a code; refused with {@link SecurityProblem#UNKNOWN_LANGUAGE} when it is none. */
    public static Language parse(String code) {
        return ofCode(code).orElseThrow(() -> new RuleViolationException(SecurityProblem.UNKNOWN_LANGUAGE, code));
    }
}
