/**
 * Ersättare: a chief names another chief to act for their units for a range of days (a vacation). The substitution
 * enters the access scope at one place, {@link se.ekonomiuppfoljning.substitutes.ActingAccounts}, which the
 * application's current-user adapter applies to every caller; the audit trail marks what a substitute does on the
 * chief's units ({@link se.ekonomiuppfoljning.substitutes.OnBehalfAuditLog}).
 */
@NullMarked
package se.ekonomiuppfoljning.substitutes;

import org.jspecify.annotations.NullMarked;
