package se.ekonomiuppfoljning.testdata;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import se.ekonomiuppfoljning.reminders.ReminderKey;
import se.ekonomiuppfoljning.reminders.ReminderLog;
import se.ekonomiuppfoljning.security.EmailAddress;

/** The sent-reminder log over a map keyed like the table's primary key. */
public final class InMemoryReminderLog implements ReminderLog {

    public final Map<ReminderKey, EmailAddress> claimed = new LinkedHashMap<>();

    @Override
    public boolean claim(ReminderKey key, EmailAddress address, Instant at) {
        return claimed.putIfAbsent(key, address) == null;
    }

    @Override
    public void release(ReminderKey key) {
        claimed.remove(key);
    }
}
