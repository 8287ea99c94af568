package se.ekonomiuppfoljning.testdata;

import java.util.ArrayList;
import java.util.List;
import se.ekonomiuppfoljning.reminders.MailDeliveryException;
import se.ekonomiuppfoljning.reminders.MailMessage;
import se.ekonomiuppfoljning.reminders.MailSender;

/** A mail server in a list; {@link #refuseNext} makes it refuse the next messages as a server that is down. */
public final class InMemoryMail implements MailSender {

    public final List<MailMessage> sent = new ArrayList<>();
    private int refusals;

    public void refuseNext(int count) {
        refusals = count;
    }

    @Override
    public void send(MailMessage message) {
        if (refusals > 0) {
            refusals--;
            throw new MailDeliveryException(
                    "the test's mail server refuses " + message.to(), new IllegalStateException());
        }
        sent.add(message);
    }

    public List<MailMessage> to(String address) {
        return sent.stream().filter(m -> m.to().value().equals(address)).toList();
    }
}
