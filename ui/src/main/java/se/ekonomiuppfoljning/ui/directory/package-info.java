/** The administrator's page for the directory's group mapping (group → roles, units, committees). */
@NullMarked
package se.ekonomiuppfoljning.ui.directory;

import org.jspecify.annotations.NullMarked;
