/** The administrator's page for the integration API's keys. */
@NullMarked
package se.ekonomiuppfoljning.ui.apikeys;

import org.jspecify.annotations.NullMarked;
