package se.platskompassen.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Hidden;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.analysis.ProtectedThemeFigures;
import se.platskompassen.analysis.Series;
import se.platskompassen.analysis.SeriesFigures;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.exchange.ExportedAnswer;
import se.platskompassen.exchange.ExportedResponse;
import se.platskompassen.exchange.ResponsePages;
import se.platskompassen.exchange.ResponsePosition;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.ResponseService;

/**
 * What the JSON API reads, as the current actor (an API token's read-only actor, or a staff
 * member): everything goes through the features' own services, so the same tenant checks and
 * the same small-group rule apply as on the staff pages. Lists are ordered by id (places,
 * dialogues) or as the exports order responses, so that pages do not shift.
 */
@Service
@Transactional(readOnly = true)
public class ApiService {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 500;
    /** One less than the exchange reads at once: the extra response tells whether a next page exists. */
    public static final int MAX_RESPONSES_PAGE = ResponsePages.MAX_PAGE - 1;

    /** Part of a list, and how long the whole list is. */
    public record Listing<T>(List<T> items, long total) {

        <R> Listing<R> map(Function<T, R> mapping) {
            return new Listing<>(items.stream().map(mapping).toList(), total);
        }
    }

    /** A page of responses, how many the dialogue has, and where the next page starts (null on the last). */
    public record ResponsePage(List<ApiJson.Response> items, long total, @Nullable String next) {
    }

    private final PlaceService places;
    private final DialogueService dialogues;
    private final ResponseService responses;
    private final ResponsePages pages;
    private final AnalysisService analysis;
    private final TenantAccess access;
    private final AuditLog audit;

    ApiService(PlaceService places, DialogueService dialogues, ResponseService responses, ResponsePages pages,
            AnalysisService analysis, TenantAccess access, AuditLog audit) {
        this.places = places;
        this.dialogues = dialogues;
        this.responses = responses;
        this.pages = pages;
        this.analysis = analysis;
        this.access = access;
        this.audit = audit;
    }

    /** The organisation's places, archived ones too, by id. */
    public Listing<ApiJson.Place> places(int page, int size) {
        List<Place> all = places.findAll().stream().sorted(Comparator.comparingLong(Place::id)).toList();
        return slice(all, page, size).map(ApiService::place);
    }

    public ApiJson.Place place(long placeId) {
        return place(places.find(placeId).orElseThrow(() -> new NotFoundException("Place")));
    }

    /** The organisation's dialogues, by id. */
    public Listing<ApiJson.Dialogue> dialogues(int page, int size) {
        return slice(byId(dialogues.findAll()), page, size).map(ApiService::dialogue);
    }

    /** The dialogues at one of the organisation's places, by id; another organisation's place is not found. */
    public Listing<ApiJson.Dialogue> dialoguesAt(long placeId, int page, int size) {
        places.find(placeId).orElseThrow(() -> new NotFoundException("Place"));
        return slice(byId(dialogues.findAtPlace(placeId)), page, size).map(ApiService::dialogue);
    }

    public ApiJson.Dialogue dialogue(long dialogueId) {
        return dialogue(dialogues.find(dialogueId).orElseThrow(() -> new NotFoundException("Dialogue")));
    }

    /**
     * A page of one of the organisation's dialogues' responses, after a cursor from the previous
     * page (from the first when null). Needs the export permission (scope {@code responses});
     * each page is one export in the audit log.
     */
    @Transactional
    public ResponsePage responses(long dialogueId, @Nullable String after, int size) {
        return responses(dialogueId, EnumSet.allOf(Language.class), after, size);
    }

    /** The same, only the responses given in one of {@code languages} (at least one). */
    @Transactional
    public ResponsePage responses(long dialogueId, Set<Language> languages, @Nullable String after, int size) {
        Actor actor = access.require(Permission.EXPORT);
        ResponsePosition position = after == null ? null : ResponseCursor.decode(after);
        Dialogue dialogue = dialogues.find(dialogueId).orElseThrow(() -> new NotFoundException("Dialogue"));
        boolean narrowed = languages.size() < Language.values().length;
        // One more than asked for tells whether there is a next page.
        List<ExportedResponse> read = pages.page(dialogue, languages, position, size + 1);
        boolean more = read.size() > size;
        List<ExportedResponse> shown = more ? read.subList(0, size) : read;
        long total = narrowed ? pages.count(dialogue, languages) : responses.counts(dialogue).started();
        String inLanguages = narrowed ? " in languages " + languages.stream().sorted().map(Language::code)
                .collect(Collectors.joining(", ")) : "";
        audit.record(dialogue.organisationId(), actor.username(), AuditAction.EXPORT, "JSON API, " + shown.size()
                + " of " + total + " responses" + inLanguages + " of \u201c" + dialogue.title() + "\u201d ("
                + dialogue.id() + ")");
        String next = more ? ResponseCursor.encode(ResponsePosition.of(shown.getLast())) : null;
        return new ResponsePage(shown.stream().map(ApiService::response).toList(), total, next);
    }

    /**
     * A dialogue's figures per theme after the organisation's small-group rule, exactly as the
     * comparison page shows the dialogue on its own (every answer, every collection mode).
     */
    public ApiJson.Figures figures(long dialogueId) {
        var comparison = analysis.compare(Filter.DEFAULT, List.of(new Series.OfDialogue(dialogueId)));
        SeriesFigures series = comparison.series().getFirst();
        ProtectedFigures shown = series.figures();
        List<ApiJson.ThemeFigures> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            themes.add(theme(shown, theme));
        }
        Hidden respondentsHidden = shown.respondentsHidden();
        return new ApiJson.Figures(dialogueId, scale(shown.scale()), comparison.minGroupSize(),
                shown.respondents().isPresent() ? shown.respondents().getAsLong() : null,
                respondentsHidden == null ? null : respondentsHidden.name(), themes);
    }

    static ApiJson.ThemeFigures theme(ProtectedFigures shown, Theme theme) {
        ProtectedThemeFigures cell = shown.cell(theme);
        Hidden hidden = cell.hidden();
        if (hidden != null) {
            return new ApiJson.ThemeFigures(theme.code(), hidden.name(), null, null, null, null, null, null);
        }
        List<ApiJson.ScoreCount> counts = new ArrayList<>();
        for (int score = shown.scale().min(); score <= shown.scale().max(); score++) {
            counts.add(new ApiJson.ScoreCount(score, shown.counts().count(theme, score)));
        }
        var figures = cell.figures();
        return new ApiJson.ThemeFigures(theme.code(), null, figures.answered(), figures.skipped(), figures.median(),
                figures.lowerQuartile(), figures.upperQuartile(), counts);
    }

    private static List<Dialogue> byId(List<Dialogue> dialogues) {
        return dialogues.stream().sorted(Comparator.comparingLong(Dialogue::id)).toList();
    }

    private static <T> Listing<T> slice(List<T> all, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_PAGE_SIZE);
        }
        long from = (long) page * size;
        if (from >= all.size()) {
            return new Listing<>(List.of(), all.size());
        }
        return new Listing<>(all.subList((int) from, (int) Math.min(all.size(), from + size)), all.size());
    }

    private static ApiJson.Place place(Place place) {
        return new ApiJson.Place(place.id(), place.name(), place.description(), place.area(), place.latitude(),
                place.longitude(), place.archived(), place.createdAt());
    }

    private static ApiJson.Dialogue dialogue(Dialogue dialogue) {
        return new ApiJson.Dialogue(dialogue.id(), dialogue.placeId(), dialogue.title(), dialogue.version().id(),
                scale(dialogue.version().scale()), dialogue.languages().stream().map(Language::code).sorted().toList(),
                dialogue.kind().name(), dialogue.status().name(), dialogue.opensAt(), dialogue.closesAt(),
                dialogue.createdAt());
    }

    static ApiJson.ScaleRange scale(Scale scale) {
        return new ApiJson.ScaleRange(scale.min(), scale.max());
    }

    private static ApiJson.Response response(ExportedResponse response) {
        List<ApiJson.Answer> answers = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            ExportedAnswer answer = response.answer(theme);
            if (answer != null) {
                answers.add(new ApiJson.Answer(theme.code(), answer.score(), answer.skipped(), answer.worksWell(),
                        answer.couldBeBetter(), answer.climateScore(), answer.climateSkipped()));
            }
        }
        return new ApiJson.Response(response.id().toString(), response.dialogueId(), response.questionnaireRevision(),
                response.questionnaireHash(), response.language(), response.collectionMode(), response.formNumber(),
                response.startedAt(),
                response.completedAt(), new ApiJson.Background(response.ageBand(), response.gender(),
                        response.relation(), response.area()), answers);
    }
}
