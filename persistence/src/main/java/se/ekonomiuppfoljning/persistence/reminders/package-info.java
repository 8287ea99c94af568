@NullMarked
package se.ekonomiuppfoljning.persistence.reminders;

import org.jspecify.annotations.NullMarked;
