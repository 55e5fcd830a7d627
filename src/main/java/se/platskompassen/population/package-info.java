/**
 * Who answered, and who did not: the resident population of a place by the questionnaire's age
 * bands and genders (typed in or imported from a CSV of the kind Statistics Sweden publishes),
 * respondents set beside it, and figures weighted to it by post-stratification (decision 0037).
 * The public face is {@link se.platskompassen.population.PopulationService}.
 */
@NullMarked
package se.platskompassen.population;

import org.jspecify.annotations.NullMarked;
