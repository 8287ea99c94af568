@NullMarked
package se.ekonomiuppfoljning.common;

import org.jspecify.annotations.NullMarked;
