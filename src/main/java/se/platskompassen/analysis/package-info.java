/**
 * Planners' analyses: the organisation's places compared with each other, over time, between
 * background groups and between questionnaire versions, always from counts in the database and
 * always under the small-group rule ({@link se.platskompassen.analysis.SmallGroups}). No Vaadin
 * here; the views live in {@code analysis.ui}.
 */
@NullMarked
package se.platskompassen.analysis;

import org.jspecify.annotations.NullMarked;
