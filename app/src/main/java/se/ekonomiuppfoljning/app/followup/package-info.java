@NullMarked
package se.ekonomiuppfoljning.app.followup;

import org.jspecify.annotations.NullMarked;
