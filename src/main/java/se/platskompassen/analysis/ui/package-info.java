/** The planners' pages: the overview of places and the comparison of series. */
@NullMarked
package se.platskompassen.analysis.ui;

import org.jspecify.annotations.NullMarked;
