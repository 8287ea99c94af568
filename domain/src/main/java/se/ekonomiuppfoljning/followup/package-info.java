@NullMarked
package se.ekonomiuppfoljning.followup;

import org.jspecify.annotations.NullMarked;
