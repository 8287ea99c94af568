@NullMarked
package se.ekonomiuppfoljning.ui.base;

import org.jspecify.annotations.NullMarked;
