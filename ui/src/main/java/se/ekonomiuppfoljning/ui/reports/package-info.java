/** The generated documents: the tjänsteskrivelse of a node and period, downloaded as PDF or DOCX. */
@NullMarked
package se.ekonomiuppfoljning.ui.reports;

import org.jspecify.annotations.NullMarked;
