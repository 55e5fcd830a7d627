package se.platskompassen.population;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.analysis.Series;
import se.platskompassen.analysis.SmallGroups;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;

/**
 * The population of the organisation's places, and who answered their dialogues beside it.
 * Figures leave this service only after the organisation's small-group rule, applied to the
 * unweighted counts; weighting never brings back what the rule hides (decision 0037).
 */
@Service
@Transactional(readOnly = true)
public class PopulationService {

    private final PopulationQueries queries;
    private final PopulationWrites writes;
    private final PlaceService places;
    private final DialogueService dialogues;
    private final AnalysisService analysis;
    private final TenantAccess access;
    private final AuditLog audit;
    private final Clock clock;

    PopulationService(PopulationQueries queries, PopulationWrites writes, PlaceService places,
            DialogueService dialogues, AnalysisService analysis, TenantAccess access, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.writes = writes;
        this.places = places;
        this.dialogues = dialogues;
        this.analysis = analysis;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }


    /** The population figures of one of the organisation's places, if any were given. */
    public Optional<PlacePopulation> of(long placeId) {
        places.find(placeId).orElseThrow(() -> new NotFoundException("Place"));
        return queries.of(placeId);
    }

    /** Replaces a place's figures, typed in or imported; audited with the place and the year. */
    @Transactional
    public void save(long placeId, PlacePopulation population, boolean imported) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        Place place = places.find(placeId).orElseThrow(() -> new NotFoundException("Place"));
        String actor = access.actor().username();
        writes.replace(placeId, organisation, population, actor, clock.instant());
        audit.record(organisation, actor, imported ? AuditAction.POPULATION_IMPORTED : AuditAction.POPULATION_CHANGED,
                "\u201c" + place.name() + "\u201d " + population.year());
    }

    /** Removes a place's figures; audited. */
    @Transactional
    public void remove(long placeId) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        Place place = places.find(placeId).orElseThrow(() -> new NotFoundException("Place"));
        writes.remove(placeId);
        audit.record(organisation, access.actor().username(), AuditAction.POPULATION_REMOVED,
                "\u201c" + place.name() + "\u201d");
    }

    /** Who answered this dialogue beside its place's population; empty when the place has no figures. */
    public Optional<WhoAnswered> forDialogue(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return queries.of(dialogue.placeId()).map(population -> whoAnswered(population, List.of(dialogue.id()),
                AgeBand.askedIn(dialogue.version()), dialogue.version().scale()));
    }

    /**
     * Who answered the dialogues at a place beside its population. Scales and age bands differ
     * between versions, so only the dialogues of the version most used at the place count (the
     * latest dialogue's version on a tie).
     */
    public Optional<WhoAnswered> forPlace(long placeId) {
        Optional<PlacePopulation> population = of(placeId);
        List<Dialogue> atPlace = dialogues.findAtPlace(placeId);
        if (population.isEmpty() || atPlace.isEmpty()) {
            return Optional.empty();
        }
        Version version = atPlace.getFirst().version();
        for (Dialogue dialogue : atPlace) {
            if (count(atPlace, dialogue.version()) > count(atPlace, version)) {
                version = dialogue.version();
            }
        }
        Version chosen = version;
        List<Long> ids = atPlace.stream().filter(d -> d.version() == chosen).map(Dialogue::id).toList();
        return Optional.of(whoAnswered(population.get(), ids, AgeBand.askedIn(chosen), chosen.scale()));
    }

    private static long count(List<Dialogue> dialogues, Version version) {
        return dialogues.stream().filter(dialogue -> dialogue.version() == version).count();
    }

    /**
     * A compared series weighted to its place's population: a dialogue to its place's, a place as
     * on its page (the latest version's dialogues, every answer). Other series (everyone, years,
     * groups, versions) span places and are not weighted; empty then, or without figures.
     */
    public Optional<WhoAnswered> forSeries(Series series) {
        return switch (series) {
            case Series.AtPlace place -> forPlace(place.placeId());
            case Series.OfDialogue dialogue -> dialogues.find(dialogue.dialogueId()).flatMap(this::forDialogue);
            default -> Optional.empty();
        };
    }

    private WhoAnswered whoAnswered(PlacePopulation population, List<Long> dialogueIds, List<AgeBand> bands,
            Scale scale) {
        SmallGroups rule = analysis.smallGroups();
        Respondents respondents = queries.respondents(dialogueIds);
        Representation representation = Representation.of(population, respondents, bands, rule);
        Weights weights = Weighting.of(population, respondents, bands, Weighting.DEFAULT_CAP);
        Map<Respondents.Key, ScoreCounts> counts = queries.countsByBackground(dialogueIds, respondents, scale);
        ScoreCounts.Builder all = ScoreCounts.on(scale).respondents(respondents.total());
        List<WeightedFigures.Part> parts = new ArrayList<>();
        counts.forEach((key, part) -> {
            addTo(all, part);
            parts.add(new WeightedFigures.Part(part, weight(weights, key, bands)));
        });
        ProtectedFigures unweighted = rule.protect(all.build());
        return new WhoAnswered(population, representation, weights, unweighted,
                WeightedFigures.of(parts, unweighted));
    }

    private static double weight(Weights weights, Respondents.Key key, List<AgeBand> bands) {
        if (key.ageBand() == null || key.gender() == null || !bands.contains(key.ageBand())
                || !PopulationCell.GENDERS.contains(key.gender())) {
            return 1.0;
        }
        return weights.of(new PopulationCell(key.ageBand(), key.gender()));
    }

    private static void addTo(ScoreCounts.Builder all, ScoreCounts part) {
        for (Theme theme : Theme.values()) {
            for (int score = part.scale().min(); score <= part.scale().max(); score++) {
                all.add(theme, score, part.count(theme, score));
            }
            all.add(theme, null, part.skipped(theme));
        }
    }
}
