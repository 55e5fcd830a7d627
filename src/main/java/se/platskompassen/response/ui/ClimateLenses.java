package se.platskompassen.response.ui;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.response.ClimateAnswers;

/** Gives a resident's flow the Climate Lens when their dialogue uses it. */
@Component
class ClimateLenses {

    private final ClimateModules modules;
    private final ClimateAnswers answers;

    ClimateLenses(ClimateModules modules, ClimateAnswers answers) {
        this.modules = modules;
        this.answers = answers;
    }

    /** The lens for a dialogue's flow: the newest module revision of its version; null when the dialogue has it off. */
    @Nullable ClimateLens of(Dialogue dialogue) {
        return dialogue.climateLens() ? new ClimateLens(modules.current(dialogue.version()), answers) : null;
    }
}
