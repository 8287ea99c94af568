/**
 * Reading SIE files (SIE-Gruppen, "SIE filformat, Utgåva 4B", types 1 to 4): a streaming reader that
 * aggregates balances, budgets and vouchers per unit, account and month while it reads.
 */
@NullMarked
package se.ekonomiuppfoljning.imports.sie;

import org.jspecify.annotations.NullMarked;
