@NullMarked
package se.ekonomiuppfoljning.imports;

import org.jspecify.annotations.NullMarked;
