/** Loading many rows at once: {@code LOAD DATA LOCAL INFILE} fed from a stream the rows are written into. */
@NullMarked
package se.ekonomiuppfoljning.persistence.bulk;

import org.jspecify.annotations.NullMarked;
