@NullMarked
package se.ekonomiuppfoljning.persistence.actions;

import org.jspecify.annotations.NullMarked;
