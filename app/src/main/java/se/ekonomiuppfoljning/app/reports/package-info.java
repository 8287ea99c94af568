/**
 * The document formats of the reports: the tjänsteskrivelse rendered as PDF (OpenPDF) and DOCX (Apache POI), its
 * charts drawn with Java2D, the fonts bundled (DejaVu Sans), the service bean and the REST endpoints.
 */
@NullMarked
package se.ekonomiuppfoljning.app.reports;

import org.jspecify.annotations.NullMarked;
