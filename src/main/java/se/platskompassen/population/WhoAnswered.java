package se.platskompassen.population;

import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.figures.GroupFigures;

/**
 * Who answered a dialogue (or the dialogues at a place) beside who lives there, and the group's
 * figures both as counted and weighted to the population (decision 0037).
 *
 * @param unweighted the figures as counted, after the organisation's small-group rule
 * @param weighted the same figures weighted; a theme hidden unweighted is hidden here too
 */
public record WhoAnswered(PlacePopulation population, Representation representation, Weights weights,
        ProtectedFigures unweighted, GroupFigures weighted) {
}
