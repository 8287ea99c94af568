@NullMarked
package se.ekonomiuppfoljning.ui.cycle;

import org.jspecify.annotations.NullMarked;
