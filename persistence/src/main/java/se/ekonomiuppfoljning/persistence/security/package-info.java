@NullMarked
package se.ekonomiuppfoljning.persistence.security;

import org.jspecify.annotations.NullMarked;
