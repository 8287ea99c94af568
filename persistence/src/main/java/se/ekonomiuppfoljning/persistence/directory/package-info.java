/** The stored group mapping and register of directory accounts. */
@NullMarked
package se.ekonomiuppfoljning.persistence.directory;

import org.jspecify.annotations.NullMarked;
