package se.ekonomiuppfoljning.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** The port to what each user has read: one row per user and notification key. */
public interface NotificationReads {

    /** Which of {@code keys} the user has marked read. */
    Set<String> readAmong(String username, Collection<String> keys);

    /** Marks the keys read for the user; keys already read stay as they were. */
    void markRead(String username, Collection<String> keys, Instant at);
}
