package se.ekonomiuppfoljning.reminders;

import se.ekonomiuppfoljning.security.EmailAddress;

/**
 * A plain-text e-mail (never HTML: the adapter sends {@code text/plain; charset=UTF-8}). The recipient's name and
 * the subject are made single lines here, so that no text from the portal's data can add a header.
 */
public record MailMessage(EmailAddress to, String toName, String subject, String body) {

    public MailMessage {
        toName = singleLine(toName, 200);
        subject = singleLine(subject, 200);
        body = body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The text on one line (control characters and runs of white space become one space), cut with "…". */
    static String singleLine(String text, int maxLength) {
        String flat = text.replaceAll("[\\p{Cntrl}\\s\\u2028\\u2029]+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= maxLength) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, maxLength - 1)).strip() + "…";
    }
}
