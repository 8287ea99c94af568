/** Reading the audit trail: the administrator's filtered, paged view of every recorded change and event. */
@NullMarked
package se.ekonomiuppfoljning.audit;

import org.jspecify.annotations.NullMarked;
