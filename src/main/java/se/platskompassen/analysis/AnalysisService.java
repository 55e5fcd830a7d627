package se.platskompassen.analysis;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;

/**
 * The planners' analyses of the signed-in member's organisation: the overview of its places, a
 * place over time, and up to four series compared. Figures come from counts in the database and
 * always pass the organisation's small-group rule before they leave this service.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisService {

    /** At most this many series are compared at once (one compass shows four). */
    public static final int MAX_SERIES = 4;

    private final AnalysisQueries queries;
    private final TenantAccess access;
    private final OrganisationService organisations;
    private final PlaceService places;
    private final DialogueService dialogues;
    private final DiscussionService discussions;
    private final ZoneId zone;
    private final ClimateAnalysisQueries climateQueries;

    AnalysisService(AnalysisQueries queries, TenantAccess access, OrganisationService organisations,
            PlaceService places, DialogueService dialogues, DiscussionService discussions, Clock clock,
            ClimateAnalysisQueries climateQueries) {
        this.climateQueries = climateQueries;
        this.queries = queries;
        this.access = access;
        this.organisations = organisations;
        this.places = places;
        this.dialogues = dialogues;
        this.discussions = discussions;
        this.zone = clock.getZone();
    }

    /** The organisation's small-group rule (its minimum group size). */
    public SmallGroups smallGroups() {
        return new SmallGroups(organisations.minGroupSize());
    }

    /** The places, dialogues, years and areas the organisation's analyses can be narrowed to. */
    public Choices choices() {
        long organisation = access.organisation(Permission.READ_RESULTS);
        Map<Long, String> placeNames = placeNames(organisation);
        List<AnalysisQueries.DialogueRow> rows = queries.dialogues(organisation);
        List<Choices.DialogueChoice> dialogueChoices = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (AnalysisQueries.DialogueRow row : rows.reversed()) {
            LocalDate started = day(row);
            years.add(started.getYear());
            dialogueChoices.add(new Choices.DialogueChoice(row.id(), row.title(),
                    placeNames.getOrDefault(row.placeId(), ""), row.version(), started));
        }
        List<Choices.PlaceChoice> placeChoices = places.findActive().stream()
                .map(place -> new Choices.PlaceChoice(place.id(), place.name())).toList();
        return new Choices(placeChoices, dialogueChoices, List.copyOf(years), queries.areas(organisation));
    }

    /** Every place in use, with its figures within the filter; places are apart, so no place hides another. */
    public Overview overview(Filter filter) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        SmallGroups rule = smallGroups();
        Collator collator = Collator.getInstance(Locale.of("sv", "SE"));
        List<AnalysisQueries.PlaceRow> active = queries.places(organisation).stream()
                .filter(place -> !place.archived())
                .sorted(Comparator.comparing(AnalysisQueries.PlaceRow::name, collator)).toList();
        List<AnalysisQueries.DialogueRow> chosen = queries.dialogues(organisation).stream()
                .filter(row -> filter.versions().contains(row.version()) && filter.inPeriod(day(row))).toList();
        List<Long> ids = chosen.stream().map(AnalysisQueries.DialogueRow::id).toList();
        AnalysisQueries.ResponseCriteria criteria = AnalysisQueries.ResponseCriteria.of(filter, null);
        Map<Long, ScoreCounts.Builder> counts = new HashMap<>();
        active.forEach(place -> counts.put(place.id(), ScoreCounts.on(filter.scale())));
        add(counts, queries.countsByPlace(ids, criteria));
        Map<Long, Long> respondents = new HashMap<>();
        Map<Long, LocalDate> latest = new HashMap<>();
        Map<Long, Integer> dialogueCount = new HashMap<>();
        Map<Long, Long> perDialogue = queries.respondentsByDialogue(ids, criteria);
        for (AnalysisQueries.DialogueRow row : chosen) {
            respondents.merge(row.placeId(), perDialogue.getOrDefault(row.id(), 0L), Long::sum);
            latest.merge(row.placeId(), day(row), (a, b) -> a.isAfter(b) ? a : b);
            dialogueCount.merge(row.placeId(), 1, Integer::sum);
        }
        List<ScoreCounts> groups = active.stream()
                .map(place -> counts.get(place.id()).respondents(respondents.getOrDefault(place.id(), 0L)).build())
                .toList();
        List<ProtectedFigures> shown = rule.protectAll(groups);
        List<Overview.PlaceRow> rows = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            AnalysisQueries.PlaceRow place = active.get(i);
            rows.add(new Overview.PlaceRow(place.id(), place.name(), shown.get(i), latest.get(place.id()),
                    dialogueCount.getOrDefault(place.id(), 0)));
        }
        return new Overview(filter.scale(), rows, rule.minimum());
    }

    /**
     * Up to four series within the filter, each after the small-group rule, applied to all of
     * them together: a series inside another (a dialogue inside its place, women inside everyone)
     * is hidden where the difference would give away a small group. Another organisation's place
     * or dialogue is not found.
     */
    public Comparison compare(Filter filter, List<Series> series) {
        if (series.isEmpty() || series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("Compare 1 to " + MAX_SERIES + " series");
        }
        long organisation = access.organisation(Permission.READ_RESULTS);
        SmallGroups rule = smallGroups();
        List<AnalysisQueries.DialogueRow> rows = queries.dialogues(organisation);
        Map<Long, AnalysisQueries.DialogueRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        Map<Long, String> placeNames = placeNames(organisation);
        List<Selection> selections = new ArrayList<>();
        List<@Nullable String> names = new ArrayList<>();
        for (Series one : series) {
            selections.add(select(one, filter, rows, byId, placeNames));
            names.add(switch (one instanceof Series.ClimateOf climate ? climate.of() : one) {
                case Series.AtPlace place -> placeNames.get(place.placeId());
                case Series.OfDialogue dialogue -> byId.get(dialogue.dialogueId()).title();
                default -> null;
            });
        }
        List<ScoreCounts> counts = new ArrayList<>();
        for (Selection selection : selections) {
            counts.add(counts(selection, filter));
        }
        List<ProtectedFigures> shown = new ArrayList<>(rule.protect(counts, Selection.nestings(selections)));
        for (int i = 0; i < selections.size(); i++) {
            for (int earlier = 0; earlier < i; earlier++) {
                if (selections.get(earlier).sameAs(selections.get(i))) {
                    shown.set(i, shown.get(earlier));
                    break;
                }
            }
        }
        List<SeriesFigures> figures = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            figures.add(new SeriesFigures(series.get(i), names.get(i), shown.get(i), agreed(series.get(i))));
        }
        boolean normalised = selections.stream().map(Selection::scale).distinct().count() > 1;
        return new Comparison(figures, normalised, rule.minimum());
    }

    /**
     * One of the organisation's places over time: its dialogues with figures (every answer, all
     * modes), and per version the change since the previous dialogue with answers. Another
     * organisation's place is not found.
     */
    public PlaceHistory history(long placeId) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        places.find(placeId).orElseThrow(() -> new NotFoundException("Place"));
        SmallGroups rule = smallGroups();
        List<AnalysisQueries.DialogueRow> atPlace = queries.dialogues(organisation).stream()
                .filter(row -> row.placeId() == placeId).toList();
        List<Long> ids = atPlace.stream().map(AnalysisQueries.DialogueRow::id).toList();
        AnalysisQueries.ResponseCriteria everything = AnalysisQueries.ResponseCriteria.of(Filter.DEFAULT, null);
        Map<Long, ScoreCounts.Builder> counts = new LinkedHashMap<>();
        atPlace.forEach(row -> counts.put(row.id(), ScoreCounts.on(row.version().scale())));
        add(counts, queries.countsByDialogue(ids, everything));
        Map<Long, Long> respondents = queries.respondentsByDialogue(ids, everything);
        List<ProtectedFigures> shown = rule.protectAll(atPlace.stream()
                .map(row -> counts.get(row.id()).respondents(respondents.getOrDefault(row.id(), 0L)).build())
                .toList());
        List<PlaceHistory.DialogueFigures> history = new ArrayList<>();
        for (int i = 0; i < atPlace.size(); i++) {
            AnalysisQueries.DialogueRow row = atPlace.get(i);
            history.add(new PlaceHistory.DialogueFigures(row.id(), row.title(), row.version(), day(row), shown.get(i)));
        }
        List<PlaceHistory.VersionChange> changes = new ArrayList<>();
        for (Version version : Version.values()) {
            List<PlaceHistory.DialogueFigures> answered = history.stream()
                    .filter(d -> d.version() == version && respondents.getOrDefault(d.dialogueId(), 0L) > 0).toList();
            if (answered.size() >= 2) {
                PlaceHistory.DialogueFigures previous = answered.get(answered.size() - 2);
                PlaceHistory.DialogueFigures latest = answered.getLast();
                List<Change> themes = new ArrayList<>();
                for (Theme theme : Theme.values()) {
                    themes.add(rule.change(previous.figures(), latest.figures(), theme));
                }
                changes.add(new PlaceHistory.VersionChange(version, previous, latest, themes));
            }
        }
        return new PlaceHistory(history, changes, rule.minimum());
    }

    private Selection select(Series series, Filter filter, List<AnalysisQueries.DialogueRow> rows,
            Map<Long, AnalysisQueries.DialogueRow> byId, Map<Long, String> placeNames) {
        Predicate<AnalysisQueries.DialogueRow> inFilter = row -> filter.versions().contains(row.version())
                && filter.inPeriod(day(row));
        return switch (series) {
            case Series.Everyone ignored -> new Selection(ids(rows, inFilter), null, filter.scale());
            case Series.AtPlace place -> {
                if (!placeNames.containsKey(place.placeId())) {
                    throw new NotFoundException("Place");
                }
                yield new Selection(ids(rows, inFilter.and(row -> row.placeId() == place.placeId())), null,
                        filter.scale());
            }
            case Series.OfDialogue dialogue -> {
                AnalysisQueries.DialogueRow row = byId.get(dialogue.dialogueId());
                if (row == null) {
                    throw new NotFoundException("Dialogue");
                }
                yield new Selection(Set.of(row.id()), null, row.version().scale());
            }
            case Series.InYear year -> new Selection(ids(rows, inFilter.and(row -> day(row).getYear() == year.year())),
                    null, filter.scale());
            case Series.OfGroup group -> new Selection(ids(rows, inFilter), group.group(), filter.scale());
            case Series.InVersion version -> new Selection(ids(rows, row -> row.version() == version.version()
                    && filter.inPeriod(day(row))), null, version.version().scale());
            case Series.ClimateOf climate -> select(climate.of(), filter, rows, byId, placeNames).withClimate();
        };
    }

    private ScoreCounts counts(Selection selection, Filter filter) {
        AnalysisQueries.ResponseCriteria criteria = AnalysisQueries.ResponseCriteria.of(filter, selection.group());
        if (selection.climate()) {
            return climateQueries.scoreCounts(selection, criteria);
        }
        Map<Long, ScoreCounts.Builder> counts = new HashMap<>();
        counts.put(0L, ScoreCounts.on(selection.scale()));
        add(counts, queries.counts(selection.dialogues(), criteria));
        long respondents = queries.respondentsByDialogue(selection.dialogues(), criteria).values().stream()
                .mapToLong(Long::longValue).sum();
        return counts.get(0L).respondents(respondents).build();
    }

    private Map<Theme, Integer> agreed(Series series) {
        if (series instanceof Series.OfDialogue(long dialogueId)) {
            return dialogues.find(dialogueId).map(dialogue -> discussions.of(dialogue).agreedScores()).orElse(Map.of());
        }
        return new EnumMap<>(Theme.class);
    }

    private Map<Long, String> placeNames(long organisation) {
        Map<Long, String> names = new HashMap<>();
        queries.places(organisation).forEach(place -> names.put(place.id(), place.name()));
        return names;
    }

    private static Set<Long> ids(List<AnalysisQueries.DialogueRow> rows,
            Predicate<AnalysisQueries.DialogueRow> keep) {
        Set<Long> ids = new HashSet<>();
        rows.stream().filter(keep).forEach(row -> ids.add(row.id()));
        return ids;
    }

    private static void add(Map<Long, ScoreCounts.Builder> counts, List<AnalysisQueries.CountRow> rows) {
        for (AnalysisQueries.CountRow row : rows) {
            ScoreCounts.Builder builder = counts.get(row.key());
            if (builder != null) {
                builder.add(row);
            }
        }
    }

    private LocalDate day(AnalysisQueries.DialogueRow row) {
        return row.started().atZone(zone).toLocalDate();
    }
}
