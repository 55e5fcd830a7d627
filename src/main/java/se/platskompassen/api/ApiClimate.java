package se.platskompassen.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Hidden;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.analysis.SmallGroups;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.ClimateAnswers;

/**
 * The Climate Lens' figures of a dialogue (decision 0038): its climate scores per theme as a
 * series of their own, in the same form as a dialogue's figures and after the same small-group
 * rule, applied to the climate answers' own counts. A dialogue without the lens has none (404).
 */
@RestController
@Tag(name = "Platskompassen API")
@RequestMapping(path = ApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class ApiClimate {

    private final DialogueService dialogues;
    private final ClimateAnswers climate;
    private final AnalysisService analysis;

    ApiClimate(DialogueService dialogues, ClimateAnswers climate, AnalysisService analysis) {
        this.dialogues = dialogues;
        this.climate = climate;
        this.analysis = analysis;
    }

    @GetMapping("/dialogues/{dialogueId}/climate-figures")
    @Operation(summary = "Per-theme figures of a dialogue's Climate Lens question after the small-group rule (scope figures)")
    ApiJson.Figures climateFigures(@PathVariable long dialogueId) {
        Dialogue dialogue = dialogues.find(dialogueId).filter(Dialogue::climateLens)
                .orElseThrow(() -> new NotFoundException("Climate Lens of the dialogue"));
        SmallGroups rule = analysis.smallGroups();
        ProtectedFigures shown = rule.protect(climate.scoreCounts(dialogue));
        List<ApiJson.ThemeFigures> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            themes.add(ApiService.theme(shown, theme));
        }
        Hidden respondentsHidden = shown.respondentsHidden();
        return new ApiJson.Figures(dialogueId, ApiService.scale(shown.scale()), rule.minimum(),
                shown.respondents().isPresent() ? shown.respondents().getAsLong() : null,
                respondentsHidden == null ? null : respondentsHidden.name(), themes);
    }
}
