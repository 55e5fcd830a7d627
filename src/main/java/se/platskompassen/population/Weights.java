package se.platskompassen.population;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Post-stratification weights of one set of respondents against a place's population
 * (decision 0037): a respondent in a cell counts {@code weight(cell)} times; everyone else once.
 *
 * @param cap the most any weight may be; a larger one was cut down to it (no re-normalising)
 * @param weights the weight of each cell that has respondents and population figures
 * @param capped the cells whose weight was cut down to the cap
 * @param empty cells with residents but no respondents: nobody there to weight up, so their
 *     residents are left out of the population shares the other cells are weighted to
 * @param unweighted respondents kept at weight 1: in no cell, or in a cell without population figures
 */
public record Weights(double cap, Map<PopulationCell, Double> weights, Set<PopulationCell> capped,
        List<PopulationCell> empty, long unweighted) {

    public Weights {
        weights = Map.copyOf(weights);
        capped = Set.copyOf(capped);
        empty = List.copyOf(empty);
    }

    /** The weight of a respondent with these answers: a cell's weight, else 1. */
    public double of(PopulationCell cell) {
        return weights.getOrDefault(cell, 1.0);
    }

    public boolean any() {
        return !weights.isEmpty();
    }
}
