package se.platskompassen.population;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Replaces a place's population figures as one whole (decision 0021: plain SQL writes). */
@Repository
class PopulationWrites {

    private final JdbcClient jdbc;

    PopulationWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long placeId, long organisationId, PlacePopulation population, String actor, Instant at) {
        remove(placeId);
        jdbc.sql("""
                INSERT INTO place_population (place_id, organisation_id, figures_year, source_note, updated_by, updated_at)
                VALUES (:place, :organisation, :year, :source, :actor, :at)
                """)
                .param("place", placeId).param("organisation", organisationId).param("year", population.year())
                .param("source", population.source()).param("actor", actor).param("at", Timestamp.from(at))
                .update();
        for (PopulationCell cell : PopulationCell.ALL) {
            jdbc.sql("INSERT INTO place_population_count (place_id, age_band, gender, people)"
                            + " VALUES (:place, :band, :gender, :people)")
                    .param("place", placeId).param("band", cell.ageBand().name()).param("gender", cell.gender().name())
                    .param("people", population.people(cell))
                    .update();
        }
    }

    void remove(long placeId) {
        jdbc.sql("DELETE FROM place_population_count WHERE place_id = :place").param("place", placeId).update();
        jdbc.sql("DELETE FROM place_population WHERE place_id = :place").param("place", placeId).update();
    }
}
