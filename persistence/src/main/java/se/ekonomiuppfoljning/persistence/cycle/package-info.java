@NullMarked
package se.ekonomiuppfoljning.persistence.cycle;

import org.jspecify.annotations.NullMarked;
