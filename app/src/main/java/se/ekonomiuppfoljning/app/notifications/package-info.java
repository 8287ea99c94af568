/** The notifications' service bean (the bell in the header). */
@NullMarked
package se.ekonomiuppfoljning.app.notifications;

import org.jspecify.annotations.NullMarked;
