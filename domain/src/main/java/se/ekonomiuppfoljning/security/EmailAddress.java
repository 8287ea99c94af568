package se.ekonomiuppfoljning.security;

import java.util.regex.Pattern;

/**
 * A user's e-mail address, for the portal's reminders. Checked when it is typed: one {@code @}, a local part and a
 * domain with at least one dot, ASCII only (no å, ä, ö: mail servers rarely accept them), no spaces or line breaks
 * (so that it can never add a header to a message), at most 254 characters.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    private static final Pattern LOCAL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    public EmailAddress {
        if (!valid(value)) {
            throw new InvalidUserDataException(SecurityProblem.EMAIL_INVALID, value.strip());
        }
    }

    /** The typed text as an address (surrounding spaces removed), or {@link InvalidUserDataException} saying why. */
    public static EmailAddress parse(String text) {
        return new EmailAddress(text.strip());
    }

    private static boolean valid(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at > 64) {
            return false;
        }
        String local = text.substring(0, at);
        String[] labels = text.substring(at + 1).split("\\.", -1);
        if (!LOCAL.matcher(local).matches() || labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
