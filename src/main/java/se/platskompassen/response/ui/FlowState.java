package se.platskompassen.response.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.live.GroupPicture;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.ThemeText;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CollectionMode;

/**
 * One respondent's way through a dialogue on this screen: the response id chosen when they
 * start (held here on the server only), their language, and what they have answered so far (also saved, screen by screen).
 * A kiosk gets a new one for every person.
 */
final class FlowState {

    final Dialogue dialogue;
    final String placeName;
    final String organisationName;
    final Questionnaire questionnaire;
    final CollectionMode mode;
    /** The dialogue's group picture as a resident may see it after submitting, read when asked (decision 0039). */
    final Supplier<GroupPicture> groupPicture;
    final Map<Theme, AnswerInput> answers = new EnumMap<>(Theme.class);
    Language language;
    @Nullable UUID responseId;
    /** On an own device: what the browser keeps to come back to this response (never the id). */
    @Nullable String resumeSecret;
    Background background = Background.NONE;
    /** The Climate Lens when the dialogue uses it (null: off), and the climate scores given so far. */
    @Nullable ClimateLens climate;
    final Map<Theme, Integer> climateScores = new EnumMap<>(Theme.class);

    FlowState(Dialogue dialogue, String placeName, String organisationName, Questionnaire questionnaire,
            CollectionMode mode, Language language, Supplier<GroupPicture> groupPicture) {
        this.dialogue = dialogue;
        this.groupPicture = groupPicture;
        this.placeName = placeName;
        this.organisationName = organisationName;
        this.questionnaire = questionnaire;
        this.mode = mode;
        this.language = language;
    }

    /** The state for the next person at the same place: nothing of this one's, the current questionnaire. */
    FlowState forNextPerson(Questionnaire current, Language startLanguage) {
        FlowState next = new FlowState(dialogue, placeName, organisationName, current, mode, startLanguage,
                groupPicture);
        next.climate = climate;
        return next;
    }

    boolean kiosk() {
        return mode == CollectionMode.SHARED_TABLET;
    }

    QuestionnaireTexts texts() {
        return questionnaire.texts(language);
    }

    ThemeText text(Theme theme) {
        return questionnaire.text(theme, language);
    }

    /** The fourteen theme names in the chosen language, in the questionnaire's order (a compass's spokes). */
    List<String> themeNames() {
        return Arrays.stream(Theme.values()).map(theme -> text(theme).name()).toList();
    }

    /** The scores given so far, skipped and unanswered themes left out. */
    Map<Theme, Integer> scores() {
        Map<Theme, Integer> scores = new EnumMap<>(Theme.class);
        answers.forEach((theme, answer) -> {
            if (answer.score() != null) {
                scores.put(theme, answer.score());
            }
        });
        return scores;
    }

    UUID requireResponse() {
        if (responseId == null) {
            throw new IllegalStateException("The respondent has not started yet");
        }
        return responseId;
    }

    /** The first theme without an answer, or null when every theme has one. */
    @Nullable Theme firstUnanswered() {
        for (Theme theme : Theme.values()) {
            if (!answers.containsKey(theme)) {
                return theme;
            }
        }
        return null;
    }
}
