/**
 * Logging in with the kommun's own accounts (AD/LDAP, Entra ID/OIDC): the administrator's mapping from directory
 * groups to the portal's roles, units and committees, and the account each directory login creates or updates.
 */
@NullMarked
package se.ekonomiuppfoljning.directory;

import org.jspecify.annotations.NullMarked;
