package se.ekonomiuppfoljning.reminders;

/** A message could not be handed to the mail server. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
