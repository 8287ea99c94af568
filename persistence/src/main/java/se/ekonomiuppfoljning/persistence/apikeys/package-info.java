/** The stored API keys. */
@NullMarked
package se.ekonomiuppfoljning.persistence.apikeys;

import org.jspecify.annotations.NullMarked;
