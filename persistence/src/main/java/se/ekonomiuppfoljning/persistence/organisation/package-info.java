@NullMarked
package se.ekonomiuppfoljning.persistence.organisation;

import org.jspecify.annotations.NullMarked;
