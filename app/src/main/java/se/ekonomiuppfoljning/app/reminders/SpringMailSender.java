package se.ekonomiuppfoljning.app.reminders;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import se.ekonomiuppfoljning.reminders.MailDeliveryException;
import se.ekonomiuppfoljning.reminders.MailMessage;
import se.ekonomiuppfoljning.reminders.MailSender;

/**
 * The domain's mail port over Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}): plain text in
 * UTF-8 (never HTML), marked {@code Auto-Submitted: auto-generated} so that out-of-office replies stay away.
 */
class SpringMailSender implements MailSender {

    private final JavaMailSender mail;
    private final InternetAddress from;

    /** @param from the sender, e.g. {@code Ekonomiuppföljning <ekonomi@kommun.se>}; refused at start when not valid */
    SpringMailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        try {
            InternetAddress parsed = new InternetAddress(from, true);
            // Built anew so that a name with å, ä, ö is encoded for the header (RFC 2047).
            this.from = parsed.getPersonal() == null
                    ? parsed
                    : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("uppfoljning.reminders.from is not a valid address: '" + from + "'", e);
        }
    }

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(new InternetAddress(message.to().value(), message.toName(), StandardCharsets.UTF_8.name()));
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mime.setHeader("Auto-Submitted", "auto-generated");
            mail.send(mime);
        } catch (MessagingException | UnsupportedEncodingException | MailException e) {
            throw new MailDeliveryException(
                    "the mail server did not take the message to " + message.to() + ": " + e.getMessage(), e);
        }
    }
}
