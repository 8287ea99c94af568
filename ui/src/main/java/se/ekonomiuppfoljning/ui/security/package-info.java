@NullMarked
package se.ekonomiuppfoljning.ui.security;

import org.jspecify.annotations.NullMarked;
