/**
 * The compass on screen, as the pages of the features above {@code compass} show it: the
 * resident's summary, the dialogue and projector pages, the place pages and the comparison.
 */
@NullMarked
package se.platskompassen.compass.ui;

import org.jspecify.annotations.NullMarked;
