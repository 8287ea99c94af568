/** "Vad driver avvikelsen": the accounts that explain a unit's deviation, for the month page and the briefing. */
@NullMarked
package se.ekonomiuppfoljning.ui.drivers;

import org.jspecify.annotations.NullMarked;
