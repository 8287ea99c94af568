/** Kommunöversikt, the start page of the kommundirektör, the economists and the politicians. */
@NullMarked
package se.ekonomiuppfoljning.ui.overview;

import org.jspecify.annotations.NullMarked;
