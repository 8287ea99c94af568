@NullMarked
package se.ekonomiuppfoljning.app.imports;

import org.jspecify.annotations.NullMarked;
