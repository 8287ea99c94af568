/** The document template's stored texts (the kommun's overrides) and the follow-up cases with their frozen documents. */
@NullMarked
package se.ekonomiuppfoljning.persistence.reports;

import org.jspecify.annotations.NullMarked;
