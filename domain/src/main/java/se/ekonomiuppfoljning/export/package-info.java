/**
 * Tables for export: a plain model ({@link se.ekonomiuppfoljning.export.ExportTable} of typed
 * {@link se.ekonomiuppfoljning.export.ExportCell}s) and its two writers, CSV for machines and xlsx for Excel.
 */
@NullMarked
package se.ekonomiuppfoljning.export;

import org.jspecify.annotations.NullMarked;
