package se.ekonomiuppfoljning.ui.base;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;

/**
 * What the user is told about an exception no page handled: a rule's refusal, a stale edit or a refused access in
 * the bundles' words; anything else as "an unexpected error" with a short reference that is logged at ERROR with
 * the stack trace, so that the administrator finds the failure in the log by the reference the user reads out.
 */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);
    /** No 0/O, 1/I/L: a reference is read aloud and typed by hand. */
    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int REFERENCE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Failures() {}

    /** The text of a failure the user can act on (a refusal, a stale edit, a denied access), if it is one. */
    public static Optional<String> known(Throwable error, Locale locale) {
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof RuleViolationException refused) {
                return Optional.of(Problems.text(refused.problem(), locale));
            }
            if (t instanceof ConcurrentEditException stale) {
                return Optional.of(Problems.text(stale.problem(), locale));
            }
            if (denied(t)) {
                return Optional.of(TranslationProvider.translate("error.denied", locale));
            }
        }
        return Optional.empty();
    }

    /** Whether the failure is a refused access (the unit is outside the scope, the role may not). */
    public static boolean isDenied(Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            if (denied(t)) {
                return true;
            }
        }
        return false;
    }

    /** Logs an unexpected failure at ERROR with its stack trace under a new reference, and returns the reference. */
    public static String logUnexpected(Throwable error) {
        String reference = newReference();
        log.error("Unexpected error, reference {}", reference, error);
        return reference;
    }

    /** "Ett oväntat fel inträffade (referens K7QM2XDA)" in the given language. */
    public static String unexpectedText(String reference, Locale locale) {
        return TranslationProvider.translate("error.unexpected", locale, reference);
    }

    static String newReference() {
        char[] reference = new char[REFERENCE_LENGTH];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)];
        }
        return new String(reference);
    }

    private static boolean denied(Throwable t) {
        return t instanceof OutOfScopeException
                || t instanceof PermissionDeniedException
                || t instanceof AccessDeniedException;
    }

    private static @Nullable Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        return cause == t ? null : cause;
    }
}
