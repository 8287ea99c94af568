/** The document template's stored texts (the kommun's overrides). */
@NullMarked
package se.ekonomiuppfoljning.persistence.reports;

import org.jspecify.annotations.NullMarked;
