/**
 * The generated documents of the follow-up, first the tjänsteskrivelse: a plain content model
 * ({@link se.ekonomiuppfoljning.reports.Tjansteskrivelse}, laid out as a
 * {@link se.ekonomiuppfoljning.reports.ReportDocument} of blocks) built from the follow-up table, the units' texts
 * and the åtgärder, with every fixed phrase from a {@link se.ekonomiuppfoljning.reports.ReportTemplate}, and
 * rendered by {@link se.ekonomiuppfoljning.reports.DocumentRenderer}s (PDF, DOCX) in the app. A document kept as
 * its content model (a frozen snapshot) renders the same way.
 */
@NullMarked
package se.ekonomiuppfoljning.reports;

import org.jspecify.annotations.NullMarked;
