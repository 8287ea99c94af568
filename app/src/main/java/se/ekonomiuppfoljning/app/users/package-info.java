/** The administrator's API for the HR system: the portal's users over JSON ({@code /api/v1/users}). */
@NullMarked
package se.ekonomiuppfoljning.app.users;

import org.jspecify.annotations.NullMarked;
