@NullMarked
package se.ekonomiuppfoljning.ui.followup;

import org.jspecify.annotations.NullMarked;
