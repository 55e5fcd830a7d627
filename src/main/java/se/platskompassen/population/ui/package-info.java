/**
 * The population of a place on its page (typed in, or imported from a statistics file) and
 * respondents beside it, with figures weighted to it, on the place, dialogue and comparison pages.
 */
@NullMarked
package se.platskompassen.population.ui;

import org.jspecify.annotations.NullMarked;
