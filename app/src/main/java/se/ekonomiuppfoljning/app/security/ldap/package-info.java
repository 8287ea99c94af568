/**
 * Directory login against the kommun's AD or LDAP server ({@code uppfoljning.directory.ldap.*}, off unless
 * {@code enabled=true}): a bind with the typed password through spring-security-ldap, the person's groups read from
 * the directory, and the portal account made by {@link se.ekonomiuppfoljning.directory.DirectoryLoginService}.
 */
@NullMarked
package se.ekonomiuppfoljning.app.security.ldap;

import org.jspecify.annotations.NullMarked;
