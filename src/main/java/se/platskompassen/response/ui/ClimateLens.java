package se.platskompassen.response.ui;

import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.response.ResponseService;

/**
 * The Climate Lens in a resident's flow (decision 0038): the module revision the person is given,
 * and where a theme's answer goes with its climate score.
 */
record ClimateLens(ClimateModule module, ClimateAnswers answers) {

    /**
     * Saves what the person gave on a theme screen: the theme's answer, and with the Climate Lens
     * its climate score in the same transaction (null: the climate question was skipped). The flow
     * remembers the climate score once it is saved.
     */
    static void save(FlowState state, ResponseService responses, AnswerInput given, @Nullable Integer climateScore) {
        ClimateLens lens = state.climate;
        if (lens == null) {
            responses.saveAnswer(state.requireResponse(), given);
            return;
        }
        lens.answers().save(state.requireResponse(), given, lens.module(), climateScore);
        if (climateScore == null) {
            state.climateScores.remove(given.theme());
        } else {
            state.climateScores.put(given.theme(), climateScore);
        }
    }
}
