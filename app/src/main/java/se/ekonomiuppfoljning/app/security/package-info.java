@NullMarked
package se.ekonomiuppfoljning.app.security;

import org.jspecify.annotations.NullMarked;
