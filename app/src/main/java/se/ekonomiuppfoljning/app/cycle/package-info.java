@NullMarked
package se.ekonomiuppfoljning.app.cycle;

import org.jspecify.annotations.NullMarked;
