/** Keys for the integration API (the nightly import): created by an administrator, shown once, stored as a hash. */
@NullMarked
package se.ekonomiuppfoljning.apikeys;

import org.jspecify.annotations.NullMarked;
