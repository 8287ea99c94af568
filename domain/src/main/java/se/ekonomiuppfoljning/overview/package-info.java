/** Kommunöversikt: every upper node of the organisation in the caller's scope on one page. */
@NullMarked
package se.ekonomiuppfoljning.overview;

import org.jspecify.annotations.NullMarked;
