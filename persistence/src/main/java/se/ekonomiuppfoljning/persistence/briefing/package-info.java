/** When each user last opened each case's briefing (Inför mötet). */
@NullMarked
package se.ekonomiuppfoljning.persistence.briefing;

import org.jspecify.annotations.NullMarked;
