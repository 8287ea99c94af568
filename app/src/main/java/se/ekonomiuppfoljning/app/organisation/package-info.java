@NullMarked
package se.ekonomiuppfoljning.app.organisation;

import org.jspecify.annotations.NullMarked;
