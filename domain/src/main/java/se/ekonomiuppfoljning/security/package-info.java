@NullMarked
package se.ekonomiuppfoljning.security;

import org.jspecify.annotations.NullMarked;
