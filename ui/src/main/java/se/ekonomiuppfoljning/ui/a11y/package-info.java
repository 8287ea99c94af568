/** Accessibility: the accessibility statement (Tillgänglighetsredogörelse) and the document's language. */
@NullMarked
package se.ekonomiuppfoljning.ui.a11y;

import org.jspecify.annotations.NullMarked;
