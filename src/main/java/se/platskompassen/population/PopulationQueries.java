package se.platskompassen.population;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.AnswerSql;
import se.platskompassen.response.Gender;

/**
 * Population figures and the respondents' background counts, in plain SQL. Respondents are the
 * responses counted in the figures (not excluded, decision 0019), grouped in the database by
 * their age band and gender answers. Callers pass ids they have scoped to the member's
 * organisation. Read only (decision 0021).
 */
@Repository
class PopulationQueries {

    private final JdbcClient jdbc;

    PopulationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlacePopulation> of(long placeId) {
        Optional<PlacePopulation> head = jdbc.sql(
                        "SELECT figures_year, source_note FROM place_population WHERE place_id = :place")
                .param("place", placeId)
                .query((rs, row) -> new PlacePopulation(rs.getInt(1), rs.getString(2), Map.of()))
                .optional();
        if (head.isEmpty()) {
            return head;
        }
        Map<PopulationCell, Long> people = new HashMap<>();
        jdbc.sql("SELECT age_band, gender, people FROM place_population_count WHERE place_id = :place")
                .param("place", placeId)
                .query(rs -> {
                    people.put(new PopulationCell(AgeBand.valueOf(rs.getString(1)), Gender.valueOf(rs.getString(2))),
                            rs.getLong(3));
                });
        return Optional.of(new PlacePopulation(head.get().year(), head.get().source(), people));
    }

    /** Respondents of these dialogues by their age band and gender answers. */
    Respondents respondents(Collection<Long> dialogueIds) {
        Map<Respondents.Key, Long> counts = new HashMap<>();
        if (!dialogueIds.isEmpty()) {
            jdbc.sql("SELECT age_band, gender, COUNT(*) FROM response WHERE dialogue_id = ANY(:dialogues)"
                            + " AND excluded_at IS NULL GROUP BY age_band, gender")
                    .param("dialogues", dialogueIds.toArray(new Long[0]))
                    .query(rs -> {
                        counts.put(new Respondents.Key(band(rs.getString(1)), gender(rs.getString(2))), rs.getLong(3));
                    });
        }
        return new Respondents(counts);
    }

    /**
     * The answers of these dialogues per theme and score, one set of counts per pair of background
     * answers (the respondents of each pair are given too): what weighting needs, from one GROUP BY.
     */
    Map<Respondents.Key, ScoreCounts> countsByBackground(Collection<Long> dialogueIds, Respondents respondents,
            Scale scale) {
        Map<Respondents.Key, ScoreCounts.Builder> builders = new HashMap<>();
        if (!dialogueIds.isEmpty()) {
            jdbc.sql("SELECT r.age_band, r.gender, a.theme_code, a.score, COUNT(*) FROM response r"
                            + " JOIN answer a ON a.response_id = r.id"
                            + " WHERE r.dialogue_id = ANY(:dialogues) AND r.excluded_at IS NULL"
                            + " GROUP BY r.age_band, r.gender, a.theme_code, a.score")
                    .param("dialogues", dialogueIds.toArray(new Long[0]))
                    .query(rs -> {
                        Respondents.Key key = new Respondents.Key(band(rs.getString(1)), gender(rs.getString(2)));
                        builders.computeIfAbsent(key, k -> ScoreCounts.on(scale))
                                .add(new Row(rs.getString(3), AnswerSql.score(rs, 4), rs.getLong(5)));
                    });
        }
        Map<Respondents.Key, ScoreCounts> counts = new HashMap<>();
        builders.forEach((key, builder) -> counts.put(key, builder.respondents(respondents.of(key)).build()));
        return counts;
    }

    private record Row(String themeCode, @Nullable Integer score, long answers) implements ScoreCounts.Row {
    }

    private static @Nullable AgeBand band(@Nullable String stored) {
        return stored == null ? null : AgeBand.valueOf(stored);
    }

    private static @Nullable Gender gender(@Nullable String stored) {
        return stored == null ? null : Gender.valueOf(stored);
    }
}
