/**
 * Inför mötet as a briefing: per meeting and case the summary figures and charts, the units with a negative deviation
 * first, their texts, forecasts, åtgärder and questions, and what is new since the user last opened it.
 */
@NullMarked
package se.ekonomiuppfoljning.briefing;

import org.jspecify.annotations.NullMarked;
