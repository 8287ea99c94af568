package se.ekonomiuppfoljning.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password chosen in the portal must be: at least {@link #MIN_LENGTH} characters, at most {@link #MAX_BYTES}
 * bytes in UTF-8 (bcrypt reads no more, and refuses a longer one), not the user name nor
 * containing it (without regard to case), and none of the most common passwords ({@code common-passwords.txt}
 * beside this class, one a line, compared in lower case).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = UserAdministrationService.MIN_PASSWORD_LENGTH;

    /** The most bytes (UTF-8) of a password: bcrypt's limit. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    /** Refuses a password that breaks a rule with the problem of the first rule it breaks. */
    public static void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_TOO_SHORT, MIN_LENGTH);
        }
        checkNotTooLong(password);
        if (Usernames.sameAccount(password, username)) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_IS_USERNAME);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_CONTAINS_USERNAME);
        }
        if (isCommon(password)) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_TOO_COMMON);
        }
    }

    /** Refuses a password of more than {@link #MAX_BYTES} bytes in UTF-8. */
    public static void checkNotTooLong(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_TOO_LONG, MAX_BYTES);
        }
    }

    public static boolean isCommon(String password) {
        return COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    /** How many common passwords the list holds. */
    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
