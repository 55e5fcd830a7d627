package se.platskompassen.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.testing.PostgresTest;
import se.platskompassen.testing.Tenants;

/**
 * Paper forms of a dialogue with the Climate Lens, saved on PostgreSQL: the typed climate scores
 * are stored as an on-screen climate answer is (decision 0038), with the module revision and hash,
 * in the same transaction as the response, and counted in the dialogue's climate figures.
 */
@PostgresTest
class PaperClimateOnPostgresTest {

    @Autowired Tenants tenants;
    @Autowired PaperService paper;
    @Autowired DialogueService dialogues;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateModules modules;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private Dialogue withLens(Version version) {
        Dialogue dialogue = tenants.newDialogue(version);
        return dialogues.update(dialogue.id(), dialogue.settings().withClimateLens(true));
    }

    private static PaperEntry entry(Dialogue dialogue, String number, Map<Theme, String> scores,
            Map<Theme, String> climateScores) {
        return PaperEntry.read(UUID.randomUUID(), Language.SV, dialogue.version(), dialogue.areaChoices(),
                dialogue.climateLens(), new TypedForm(number, "", "2", "1", "", scores, Map.of(), Map.of(),
                        climateScores)).valid().orElseThrow();
    }

    private List<Map<String, Object>> climateRows(UUID responseId) {
        return jdbc.sql("SELECT theme_code, score, module_id, module_hash FROM climate_answer WHERE response_id = :id "
                + "ORDER BY theme_code").param("id", responseId).query().listOfRows();
    }

    @Test
    void a_typed_row_saves_its_climate_scores_with_the_module_revision_and_the_figures_count_them() {
        Dialogue dialogue = withLens(Version.VUXEN);
        ClimateModule module = modules.current(Version.VUXEN);
        Map<Theme, String> climateScores = new EnumMap<>(Theme.class);
        climateScores.put(Theme.NATURAL_SPACE, "6");
        climateScores.put(Theme.MOVING_AROUND, "2");
        PaperEntry first = entry(dialogue, "1", Map.of(Theme.NATURAL_SPACE, "4"), climateScores);
        PaperEntry second = entry(dialogue, "2", Map.of(), Map.of(Theme.NATURAL_SPACE, "6"));

        assertThat(paper.save(dialogue, first)).isEqualTo(PaperService.Saved.ADDED);
        assertThat(paper.save(dialogue, second)).isEqualTo(PaperService.Saved.ADDED);

        List<Map<String, Object>> rows = climateRows(first.responseId());
        assertThat(rows).as("every theme's climate question was on the form: a skip where left empty")
                .hasSize(Theme.COUNT);
        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("module_id", module.id())
                .containsEntry("module_hash", module.hash()));
        assertThat(rows).filteredOn(row -> row.get("theme_code").equals("NATURAL_SPACE")).singleElement()
                .satisfies(row -> assertThat(row.get("score")).isEqualTo(6));
        assertThat(rows).filteredOn(row -> row.get("score") == null).hasSize(Theme.COUNT - 2);
        ScoreCounts counts = climate.scoreCounts(dialogue);
        assertThat(counts.count(Theme.NATURAL_SPACE, 6)).isEqualTo(2);
        assertThat(counts.count(Theme.MOVING_AROUND, 2)).isEqualTo(1);
    }

    @Test
    void saving_the_same_row_again_adds_no_second_climate_answer() {
        Dialogue dialogue = withLens(Version.BARN);
        PaperEntry entry = entry(dialogue, "5", Map.of(), Map.of(Theme.PLAY_RECREATION, "3"));

        paper.save(dialogue, entry);
        assertThat(paper.save(dialogue, entry)).isEqualTo(PaperService.Saved.ALREADY_SAVED);

        assertThat(climateRows(entry.responseId())).hasSize(Theme.COUNT);
        assertThat(climate.scoreCounts(dialogue).count(Theme.PLAY_RECREATION, 3)).isEqualTo(1);
    }

    @Test
    void a_dialogue_without_the_lens_stores_no_climate_answer() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        PaperEntry entry = entry(dialogue, "1", Map.of(Theme.NATURAL_SPACE, "4"), Map.of(Theme.NATURAL_SPACE, "6"));

        assertThat(paper.save(dialogue, entry)).isEqualTo(PaperService.Saved.ADDED);

        assertThat(climateRows(entry.responseId())).isEmpty();
    }
}
