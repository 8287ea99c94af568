/**
 * Login with the kommun's identity provider over OpenID Connect (Entra ID, Keycloak, an eID broker): off unless a
 * client registration is configured. The person's groups or app roles from the token go through the
 * administrator's group mapping ({@link se.ekonomiuppfoljning.directory.DirectoryLoginService}), as the directory
 * login's do.
 */
@NullMarked
package se.ekonomiuppfoljning.app.security.oidc;

import org.jspecify.annotations.NullMarked;
