@NullMarked
package se.ekonomiuppfoljning.ui.imports;

import org.jspecify.annotations.NullMarked;
