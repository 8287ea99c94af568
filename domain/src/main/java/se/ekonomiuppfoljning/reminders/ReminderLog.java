package se.ekonomiuppfoljning.reminders;

import java.time.Instant;
import se.ekonomiuppfoljning.security.EmailAddress;

/** The port to the record of reminders sent, which keeps any reminder from going out twice. */
public interface ReminderLog {

    /**
     * Records that the reminder goes out now to the address; false, recording nothing, when it has been recorded
     * before (by an earlier run, or by a run at the same moment on another server).
     */
    boolean claim(ReminderKey key, EmailAddress address, Instant at);

    /** Removes the record of a reminder whose message could not be sent, so that the next run tries again. */
    void release(ReminderKey key);
}
