/** The notification bell in the header: the user's notifications, read and unread, each opening its page. */
@NullMarked
package se.ekonomiuppfoljning.ui.notifications;

import org.jspecify.annotations.NullMarked;
