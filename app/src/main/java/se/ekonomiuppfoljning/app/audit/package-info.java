/** The audit trail's beans: the administrator's reading service and the security use cases' way into the trail. */
@NullMarked
package se.ekonomiuppfoljning.app.audit;

import org.jspecify.annotations.NullMarked;
