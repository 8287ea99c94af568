/**
 * The portal's notifications (the bell in the header): what is for the user now, derived when they look from the
 * data that already records it (answered questions, months sent back, the periods' deadlines, overdue åtgärder),
 * in their own scope; only whether they have read each one is stored.
 */
@NullMarked
package se.ekonomiuppfoljning.notifications;

import org.jspecify.annotations.NullMarked;
