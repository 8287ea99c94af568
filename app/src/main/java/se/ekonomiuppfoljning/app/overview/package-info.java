@NullMarked
package se.ekonomiuppfoljning.app.overview;

import org.jspecify.annotations.NullMarked;
