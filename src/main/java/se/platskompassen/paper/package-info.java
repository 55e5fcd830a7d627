/**
 * Paper: the printable questionnaire form (PDF) of a dialogue, and the fast entry of filled-in
 * forms as responses collected on paper.
 */
@NullMarked
package se.platskompassen.paper;

import org.jspecify.annotations.NullMarked;
