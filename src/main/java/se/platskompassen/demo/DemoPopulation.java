package se.platskompassen.demo;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.platskompassen.place.Place;
import se.platskompassen.population.PlacePopulation;
import se.platskompassen.population.PopulationCell;
import se.platskompassen.population.PopulationService;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/**
 * Population figures for the demo's places. Norrbacka is young: many men aged 18–29 live there,
 * but the demo's adult respondents are mostly older, so its dialogue page flags young men as
 * under-represented, weights them up (to about the cap) and the weighted compass differs
 * (men feel safer in the demo, older people find moving around harder).
 */
@Component
class DemoPopulation {

    private final PopulationService population;

    DemoPopulation(PopulationService population) {
        this.population = population;
    }

    void add(Place centre, Place suburb) {
        population.save(suburb.id(), new PlacePopulation(2025, "SCB, Statistikdatabasen (demo)", people(
                520, 540, 150, 160, 700, 2000, 600, 650, 400, 420, 300, 280, 120, 80)), true);
        population.save(centre.id(), new PlacePopulation(2025, "SCB, Statistikdatabasen (demo)", people(
                300, 310, 180, 190, 900, 880, 1100, 1150, 800, 760, 640, 560, 260, 170)), false);
    }

    /** Women then men for each age band, youngest first. */
    private static Map<PopulationCell, Long> people(long... womenThenMen) {
        Map<PopulationCell, Long> people = new HashMap<>();
        int i = 0;
        for (AgeBand band : AgeBand.values()) {
            people.put(new PopulationCell(band, Gender.WOMAN), womenThenMen[i++]);
            people.put(new PopulationCell(band, Gender.MAN), womenThenMen[i++]);
        }
        return people;
    }
}
