@NullMarked
package se.ekonomiuppfoljning.persistence.imports;

import org.jspecify.annotations.NullMarked;
