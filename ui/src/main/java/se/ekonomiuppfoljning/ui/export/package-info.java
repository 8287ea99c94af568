/** "Exportera: Excel | CSV" beside a table: {@link se.ekonomiuppfoljning.ui.export.ExportLinks}. */
@NullMarked
package se.ekonomiuppfoljning.ui.export;

import org.jspecify.annotations.NullMarked;
