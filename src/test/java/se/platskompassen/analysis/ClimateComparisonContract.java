package se.platskompassen.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * The Climate Lens in the comparison (decision 0038): the climate answers of a series' respondents
 * as a series of their own, with the small-group rule on the climate answers' own counts, and an
 * address token that reads back.
 */
abstract class ClimateComparisonContract {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired DialogueService dialogues;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateModules modules;
    @Autowired AnalysisService analysis;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    /** Seven responses scoring every theme 4; all give MOVING_AROUND a climate score, two give FEELING_SAFE one. */
    private Dialogue climateDialogue() {
        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        Dialogue dialogue = dialogues.update(plain.id(), plain.settings().withClimateLens(true));
        List<RecordedResponse> recorded = respondents.in(dialogue).count(7)
                .answers((i, theme) -> AnswerInput.scored(theme, 4)).record();
        Map<UUID, Map<Theme, @Nullable Integer>> scores = new HashMap<>();
        for (int i = 0; i < recorded.size(); i++) {
            Map<Theme, @Nullable Integer> byTheme = new HashMap<>();
            byTheme.put(Theme.MOVING_AROUND, 2);
            byTheme.put(Theme.FEELING_SAFE, i < 2 ? 6 : null);
            scores.put(recorded.get(i).id(), byTheme);
        }
        climate.record(dialogue, modules.current(Version.VUXEN), scores, java.time.Instant.parse("2026-05-04T18:00:00Z"));
        return dialogue;
    }

    @Test
    void a_series_climate_scores_are_compared_beside_its_theme_scores_with_the_rule_on_their_own_counts() {
        Dialogue dialogue = climateDialogue();
        Series themes = new Series.OfDialogue(dialogue.id());
        Series lens = new Series.ClimateOf(themes);

        Comparison comparison = analysis.compare(Filter.DEFAULT, List.of(themes, lens));

        ProtectedFigures theme = comparison.series().get(0).figures();
        ProtectedFigures climateFigures = comparison.series().get(1).figures();
        assertThat(comparison.series().get(1).name()).as("named as its series").isEqualTo(dialogue.title());
        assertThat(theme.cell(Theme.MOVING_AROUND).median()).isEqualTo(4.0);
        assertThat(climateFigures.cell(Theme.MOVING_AROUND).median()).isEqualTo(2.0);
        assertThat(climateFigures.cell(Theme.MOVING_AROUND).answered()).isEqualTo(7);
        assertThat(theme.isHidden(Theme.FEELING_SAFE)).isFalse();
        assertThat(climateFigures.isHidden(Theme.FEELING_SAFE)).as("two climate scores are too few").isTrue();
        assertThat(climateFigures.cell(Theme.PLAY_RECREATION).hasMedian()).as("no climate answers").isFalse();
        assertThat(climateFigures.cell(Theme.PLAY_RECREATION).answered()).isZero();
        assertThat(climateFigures.respondents()).hasValue(7);
    }

    @Test
    void the_climate_series_token_reads_back_and_cannot_nest() {
        Series lens = new Series.ClimateOf(new Series.AtPlace(12));
        assertThat(Series.token(lens)).isEqualTo("climate:place:12");
        assertThat(Series.parse("climate:place:12")).contains(lens);
        assertThat(Series.parse("climate:all")).contains(new Series.ClimateOf(new Series.Everyone()));
        assertThat(Series.parse("climate:climate:all")).isEmpty();
        assertThat(Series.parse("climate:nonsense")).isEmpty();
    }
}
