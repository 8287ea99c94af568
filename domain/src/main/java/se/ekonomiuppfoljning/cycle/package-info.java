@NullMarked
package se.ekonomiuppfoljning.cycle;

import org.jspecify.annotations.NullMarked;
