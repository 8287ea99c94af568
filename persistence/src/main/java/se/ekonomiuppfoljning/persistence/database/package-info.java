@NullMarked
package se.ekonomiuppfoljning.persistence.database;

import org.jspecify.annotations.NullMarked;
