/** "Granskningslogg": the administrator reads the audit trail. */
@NullMarked
package se.ekonomiuppfoljning.ui.audit;

import org.jspecify.annotations.NullMarked;
