@NullMarked
package se.ekonomiuppfoljning.actions;

import org.jspecify.annotations.NullMarked;
