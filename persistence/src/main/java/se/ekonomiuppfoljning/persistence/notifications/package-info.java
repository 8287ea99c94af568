/** What each user has read of their notifications (table {@code notification_read}, V43). */
@NullMarked
package se.ekonomiuppfoljning.persistence.notifications;

import org.jspecify.annotations.NullMarked;
