/** The stored substitutions (ersättare). */
@NullMarked
package se.ekonomiuppfoljning.persistence.substitutes;

import org.jspecify.annotations.NullMarked;
