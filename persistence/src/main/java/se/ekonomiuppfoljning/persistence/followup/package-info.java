@NullMarked
package se.ekonomiuppfoljning.persistence.followup;

import org.jspecify.annotations.NullMarked;
