/**
 * Group figures: counts per theme and score ({@link se.platskompassen.figures.ScoreCounts}) and
 * the median, quartiles and shares read from them ({@link se.platskompassen.figures.Figures}).
 * Plain statistics with no drawing in them, so that exports, the API and the analysis use the
 * same figures as the compass that {@code compass} draws from them.
 */
@NullMarked
package se.platskompassen.figures;

import org.jspecify.annotations.NullMarked;
