package se.platskompassen.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.population.PopulationCell;
import se.platskompassen.population.PopulationService;
import se.platskompassen.population.Representation;
import se.platskompassen.population.WhoAnswered;
import se.platskompassen.questionnaire.Theme;

/**
 * A dialogue's per-theme figures weighted to its place's population (decision 0037), apart from
 * {@link ApiController} so that the figures there stay as they are: those are unweighted, these
 * say {@code "weighted": true} and give the weights. The small-group rule works on the unweighted
 * counts; a weight is null where its cell's respondent count is hidden.
 */
@RestController
@Tag(name = "Platskompassen API")
@RequestMapping(path = ApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class WeightedFiguresController {

    /**
     * Weighted figures and how they were weighted; {@code unweightedRespondents} (those kept at
     * weight 1) is null when it is 1 to minimum − 1.
     */
    record Weighted(long dialogueId, boolean weighted, int populationYear, @Nullable String populationSource,
            double cap, boolean renormalisedAfterCap, int minGroupSize, @Nullable Long unweightedRespondents,
            List<Weight> weights, List<WeightedTheme> themes) {
    }

    /** A cell's weight; null when its respondent count is hidden or it has no respondents. */
    record Weight(String ageBand, String gender, @Nullable Double weight, boolean capped, boolean noRespondents) {
    }

    /** One theme weighted; {@code n} is the unweighted number of answers. */
    record WeightedTheme(String theme, @Nullable String hidden, @Nullable Long n, @Nullable Double median,
            @Nullable Double lowerQuartile, @Nullable Double upperQuartile) {
    }

    private final DialogueService dialogues;
    private final PopulationService population;

    WeightedFiguresController(DialogueService dialogues, PopulationService population) {
        this.dialogues = dialogues;
        this.population = population;
    }

    @GetMapping("/dialogues/{dialogueId}/figures/weighted")
    @Operation(summary = "Per-theme figures of a dialogue weighted to its place's population by age band × gender "
            + "(scope figures); 404 when the place has no population figures")
    Weighted weighted(@PathVariable long dialogueId) {
        Dialogue dialogue = dialogues.find(dialogueId).orElseThrow(() -> new NotFoundException("Dialogue"));
        WhoAnswered who = population.forDialogue(dialogue).orElseThrow(() -> new NotFoundException("Population"));
        List<Weight> weights = new ArrayList<>();
        for (Representation.Row row : who.representation().byCell()) {
            PopulationCell cell = new PopulationCell(row.group().ageBand(), row.group().gender());
            boolean has = who.weights().weights().containsKey(cell);
            weights.add(new Weight(cell.ageBand().name(), cell.gender().name(),
                    has && row.respondents().isPresent() ? who.weights().of(cell) : null,
                    who.weights().capped().contains(cell) && row.respondents().isPresent(),
                    who.weights().empty().contains(cell)));
        }
        List<WeightedTheme> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            var hidden = who.unweighted().whyHidden(theme);
            ThemeFigures figures = who.weighted().theme(theme);
            themes.add(hidden.isPresent() ? new WeightedTheme(theme.code(), hidden.get().name(), null, null, null, null)
                    : new WeightedTheme(theme.code(), null, figures.answered(), figures.median(), figures.lowerQuartile(),
                            figures.upperQuartile()));
        }
        int minimum = who.representation().minimum();
        long outside = who.weights().unweighted();
        return new Weighted(dialogueId, true, who.population().year(), who.population().source(),
                who.weights().cap(), false, minimum, outside > 0 && outside < minimum ? null : outside, weights, themes);
    }
}
