/**
 * Drawing the compass (SVG for screens, PNG and PDF through Java2D) from the group figures of
 * {@code figures}; the statistics themselves are not computed here.
 */
@NullMarked
package se.platskompassen.compass;

import org.jspecify.annotations.NullMarked;
