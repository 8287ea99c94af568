/** The wiring of the ersättare: the service, the acting accounts and the audit trail that names on whose behalf. */
@NullMarked
package se.ekonomiuppfoljning.app.substitutes;

import org.jspecify.annotations.NullMarked;
