@NullMarked
package se.ekonomiuppfoljning.organisation;

import org.jspecify.annotations.NullMarked;
