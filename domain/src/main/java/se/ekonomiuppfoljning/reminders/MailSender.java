package se.ekonomiuppfoljning.reminders;

/** The port to the outgoing mail server. */
public interface MailSender {

    /**
     * Hands the message to the mail server; {@link MailDeliveryException} when it could not (the server is down,
     * refused the recipient, …).
     */
    void send(MailMessage message);
}
