package se.platskompassen.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.place.Place;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseService;

/**
 * The demo's open dialogue with the Climate Lens ({@value #CODE}, decision 0038): adults in the
 * village Åby who also answered most climate questions, rating the place's climate readiness a
 * little below how they rate the theme itself, with heat and flooding weakest.
 */
@Component
class DemoClimate {

    static final String CODE = "DEMO-KLIMAT";
    private static final int RESPONDENTS = 30;

    private final DialogueService dialogues;
    private final ResponseService responses;
    private final ClimateAnswers climate;
    private final ClimateModules modules;
    private final QuestionnaireCatalog questionnaires;

    DemoClimate(DialogueService dialogues, ResponseService responses, ClimateAnswers climate, ClimateModules modules,
            QuestionnaireCatalog questionnaires) {
        this.dialogues = dialogues;
        this.responses = responses;
        this.climate = climate;
        this.modules = modules;
        this.questionnaires = questionnaires;
    }

    /** Creates the dialogue at {@code place}, open since {@code opened}, with its respondents; returns how many. */
    int create(Place place, Instant opened, Instant lastAnswer, DemoRespondents people) {
        String intro = "Hur klarar Åby värme, skyfall och ett förändrat klimat? Svara på temana och, om du "
                + "vill, på klimatfrågan under varje tema.";
        DialogueSettings settings = new DialogueSettings("Åby i ett nytt klimat", intro, Version.VUXEN,
                EnumSet.allOf(Language.class), DialogueKind.BOTH, opened, null, List.of()).withClimateLens(true);
        Dialogue dialogue = dialogues.createWithCode(place.id(), settings, CODE, DialogueStatus.OPEN);
        List<RecordedResponse> recorded = people.make(dialogue, questionnaires.current(Version.VUXEN),
                DemoProfiles.VILLAGE, RESPONDENTS, opened, lastAnswer);
        int count = responses.record(dialogue, recorded);
        ClimateModule module = modules.current(Version.VUXEN);
        Random random = new Random(2038);
        Map<UUID, Map<Theme, @Nullable Integer>> scores = new HashMap<>();
        for (RecordedResponse response : recorded) {
            Map<Theme, @Nullable Integer> byTheme = new HashMap<>();
            for (AnswerInput answer : response.answers()) {
                byTheme.put(answer.theme(), climateScore(answer, random));
            }
            scores.put(response.id(), byTheme);
        }
        climate.record(dialogue, module, scores, lastAnswer.plus(Duration.ofMinutes(1)));
        return count;
    }

    /** A climate score near the theme's own, lower where heat and water weigh most; some skip it. */
    private static @Nullable Integer climateScore(AnswerInput answer, Random random) {
        if (answer.score() == null || random.nextDouble() < 0.15) {
            return null;
        }
        int drop = switch (answer.theme()) {
            case STREETS_SPACES, HOUSING_COMMUNITY, FEELING_SAFE -> 2;
            case NATURAL_SPACE, PLAY_RECREATION -> 0;
            default -> 1;
        };
        int score = answer.score() - drop + random.nextInt(3) - 1;
        return Math.max(1, Math.min(7, score));
    }
}
