package se.platskompassen.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.platskompassen.response.AgeBand;

/**
 * Post-stratification by age band × gender (decision 0037). Over the cells that have both
 * respondents and residents, a cell's weight is its share of those residents divided by its share
 * of those respondents, cut down to the cap. Cells with residents but no respondents cannot be
 * weighted up (nobody speaks for them): they are left out of the shares and named as empty.
 * Respondents outside every cell keep weight 1. Pure Java: it sees counts only.
 */
public final class Weighting {

    /** The largest weight: one answer never counts for more than three (decision 0037). */
    public static final double DEFAULT_CAP = 3.0;

    private Weighting() {
    }

    public static Weights of(PlacePopulation population, Respondents respondents) {
        return of(population, respondents, List.of(AgeBand.values()), DEFAULT_CAP);
    }

    /**
     * @param bands the age bands the questionnaire asks about: only their cells are weighted (an
     *     answer in another band, as from a paper form, keeps weight 1)
     */
    public static Weights of(PlacePopulation population, Respondents respondents, List<AgeBand> bands, double cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("A cap below 1 would weight everyone down");
        }
        long residents = 0;
        long answered = 0;
        List<PopulationCell> empty = new ArrayList<>();
        List<PopulationCell> cells = PopulationCell.ALL.stream().filter(cell -> bands.contains(cell.ageBand())).toList();
        for (PopulationCell cell : cells) {
            long people = population.people(cell);
            long inCell = respondents.in(cell);
            if (people > 0 && inCell > 0) {
                residents += people;
                answered += inCell;
            } else if (people > 0) {
                empty.add(cell);
            }
        }
        Map<PopulationCell, Double> weights = new HashMap<>();
        Set<PopulationCell> capped = new HashSet<>();
        for (PopulationCell cell : cells) {
            long people = population.people(cell);
            long inCell = respondents.in(cell);
            if (people == 0 || inCell == 0) {
                continue;
            }
            double weight = ((double) people / residents) / ((double) inCell / answered);
            if (weight > cap) {
                weight = cap;
                capped.add(cell);
            }
            weights.put(cell, weight);
        }
        return new Weights(cap, weights, capped, empty, respondents.total() - answered);
    }
}
