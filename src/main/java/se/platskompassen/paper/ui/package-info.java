/** The facilitators' page for paper forms: print them, then type them in one row per form. */
@NullMarked
package se.platskompassen.paper.ui;

import org.jspecify.annotations.NullMarked;
