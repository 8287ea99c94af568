@NullMarked
package se.ekonomiuppfoljning.app.base;

import org.jspecify.annotations.NullMarked;
