package se.platskompassen.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.platskompassen.comments.CommentService;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.organisation.NewStaff;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.OrganisationKind;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.StaffService;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.ResponseService;

/**
 * Fills an empty database with demo content, so that every view has something to show: a
 * municipality with three places, dialogues in two years and three versions and a few hundred
 * responses, many of whose comments carry the municipality's own tags; a region with two places of
 * its own; and staff accounts in both (the demo passwords are listed on the login page in demo mode
 * only). Runs only where {@link DemoMode} allows it and only into an empty database (so never
 * next to real data, and only once), all at once (one transaction).
 */
@Component
@Order(1)
class DemoContent implements ApplicationRunner {

    static final String ORGANISATION = "Demo kommun";
    static final String REGION = "Exempel region";
    static final String CODE_ADULT = "DEMO-VUXEN";
    static final String CODE_YOUTH = "DEMO-UNGDOM";
    static final String CODE_CHILD = "DEMO-BARN";
    static final String CODE_REGION = "REGION-UNGA";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final Duration DAY = Duration.ofDays(1);

    private final OrganisationService organisations;
    private final StaffService staff;
    private final PlaceService places;
    private final DialogueService dialogues;
    private final ResponseService responses;
    private final DiscussionService discussions;
    private final CommentService comments;
    private final QuestionnaireCatalog questionnaires;
    private final TenantAccess access;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoMode mode;
    private final DemoClimate climate;
    private final DemoPopulation population;
    private int archived;
    @Autowired private DemoResults results;

    DemoContent(OrganisationService organisations, StaffService staff, PlaceService places, DialogueService dialogues,
            ResponseService responses, DiscussionService discussions, CommentService comments,
            QuestionnaireCatalog questionnaires, TenantAccess access, TransactionTemplate transaction, Clock clock,
            DemoMode mode, DemoClimate climate, DemoPopulation population) {
        this.population = population;
        this.organisations = organisations;
        this.staff = staff;
        this.places = places;
        this.dialogues = dialogues;
        this.responses = responses;
        this.discussions = discussions;
        this.comments = comments;
        this.questionnaires = questionnaires;
        this.access = access;
        this.transaction = transaction;
        this.clock = clock;
        this.mode = mode;
        this.climate = climate;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.allowed()) {
            if (mode.refused()) {
                log.warn("platskompassen.demo.enabled is ignored: demo content is made only on the embedded database "
                        + "or with the '{}' profile.", DemoMode.PROFILE);
            }
            return;
        }
        if (!mode.databaseIsEmpty()) {
            if (!mode.active()) {
                log.info("No demo content: the database holds organisations or staff accounts already.");
            }
            return;
        }
        long started = System.nanoTime();
        Integer count = transaction.execute(status -> create());
        log.info("Created demo content: {} responses in {} ms; join codes {}, {}, {}", count,
                (System.nanoTime() - started) / 1_000_000, CODE_ADULT, CODE_YOUTH, CODE_CHILD);
    }

    private int create() {
        Organisation municipality = access.asSystem(null,
                () -> organisations.create(ORGANISATION, OrganisationKind.MUNICIPALITY));
        Organisation region = access.asSystem(null, () -> organisations.create(REGION, OrganisationKind.REGION));
        access.asSystem(null, () -> {
            for (DemoAccounts.Account account : DemoAccounts.ALL) {
                Long organisation = account.organisation() == null ? null
                        : account.organisation().equals(REGION) ? region.id() : municipality.id();
                staff.createWithPassword(new NewStaff(account.username(), account.name(), account.role(), organisation),
                        DemoAccounts.PASSWORD);
            }
        });
        int count = access.asSystem(municipality.id(), this::municipalityContent);
        return count + access.asSystem(region.id(), this::regionContent);
    }

    private int municipalityContent() {
        Place centre = places.create(new PlaceDetails("Centrum",
                "Torget, stationen och gågatan i stadens mitt.", "Centrum", 59.3326, 18.0649));
        Place suburb = places.create(new PlaceDetails("Norrbacka",
                "Flerbostadshus från 1970-talet, en skola och ett litet centrum norr om stan.", "Norr", null, null));
        Place village = places.create(new PlaceDetails("Åby",
                "En by med ungefär 900 invånare, tio minuter med bil från tätorten.", "Landsbygd", null, null));

        Instant now = clock.instant();
        Instant lastYear = now.minus(Duration.ofDays(580));
        Instant thisSpring = now.minus(Duration.ofDays(210));
        Instant autumn = now.minus(Duration.ofDays(42));
        DemoRespondents people = new DemoRespondents(2026);
        int count = 0;

        count += closed(centre, "Centrumdialogen", Version.VUXEN, lastYear, DemoProfiles.CENTRE, 60, people);
        Instant walkOpened = lastYear.plus(DAY.multipliedBy(10));
        Dialogue walk = closedDialogue(suburb, "Trygghetsvandring och enkät", Version.VUXEN, DialogueKind.BOTH,
                walkOpened);
        count += record(walk, DemoProfiles.SUBURB_BEFORE, 50, walkOpened, walkOpened.plus(DAY.multipliedBy(28)), people);
        DemoDiscussion.recordAfterTheWalk(discussions, walk, walkOpened.plus(DAY.multipliedBy(28)), clock.getZone());
        results.publishTheWalk(walk, walkOpened.plus(DAY.multipliedBy(28)), clock.getZone());
        count += closed(village, "Byadialog", Version.VUXEN, lastYear.plus(DAY.multipliedBy(20)),
                DemoProfiles.VILLAGE, 30, people);
        count += closed(centre, "Centrumdialogen", Version.VUXEN, thisSpring, DemoProfiles.CENTRE, 45, people);
        count += closed(village, "Unga i Åby", Version.UNGDOM, thisSpring.plus(DAY.multipliedBy(14)),
                DemoProfiles.VILLAGE, 25, people);

        List<String> suburbAreas = List.of("Norra Norrbacka", "Södra Norrbacka", "Kring skolan");
        Dialogue adults = open(suburb, "Norrbacka 2.0 – vuxna", Version.VUXEN, CODE_ADULT, autumn, suburbAreas);
        count += record(adults, DemoProfiles.SUBURB_AFTER, 70, autumn, clock.instant().minus(Duration.ofHours(2)),
                people);
        DemoDiscussion.recordFirstEvening(discussions, adults);
        count += open(suburb, "Norrbacka 2.0 – unga", Version.UNGDOM, CODE_YOUTH, autumn, suburbAreas, 40,
                DemoProfiles.SUBURB_AFTER, people);
        count += open(suburb, "Norrbacka 2.0 – barn", Version.BARN, CODE_CHILD, autumn, List.of(), 35,
                DemoProfiles.SUBURB_AFTER, people);
        count += climate.create(village, autumn, clock.instant().minus(Duration.ofHours(2)), people);
        DemoTags.tagTheComments(comments);
        population.add(centre, suburb);
        return count;
    }

    private int regionContent() {
        Place coast = places.create(new PlaceDetails("Kustbyn",
                "Ett fiskeläge som växer med sommargäster och nya året-runt-boende.", "Kusten", null, null));
        Place mill = places.create(new PlaceDetails("Bruksorten",
                "En gammal bruksort med en ny pendeltågsstation.", "Inlandet", null, null));
        Instant now = clock.instant();
        DemoRespondents people = new DemoRespondents(1972);
        return closed(coast, "Kustbyns framtid", Version.VUXEN, now.minus(Duration.ofDays(300)), DemoProfiles.VILLAGE,
                30, people)
                + open(mill, "Unga i Bruksorten", Version.UNGDOM, CODE_REGION, now.minus(Duration.ofDays(20)), List.of(),
                        20, DemoProfiles.SUBURB_BEFORE, people);
    }

    private int closed(Place place, String title, Version version, Instant opened, Map<Theme, Double> profile,
            int count, DemoRespondents people) {
        Dialogue dialogue = closedDialogue(place, title, version, DialogueKind.INDIVIDUAL, opened);
        return record(dialogue, profile, count, opened, opened.plus(DAY.multipliedBy(28)), people);
    }

    private Dialogue closedDialogue(Place place, String title, Version version, DialogueKind kind, Instant opened) {
        Instant closes = opened.plus(DAY.multipliedBy(28));
        String fullTitle = title + " " + opened.atZone(clock.getZone()).getYear();
        return dialogues.createWithCode(place.id(), settings(fullTitle, version, kind, opened, closes, List.of()),
                "DEMO-ARKIV-" + (++archived), DialogueStatus.CLOSED);
    }

    private Dialogue open(Place place, String title, Version version, String code, Instant opened,
            List<String> areas) {
        return dialogues.createWithCode(place.id(), settings(title, version, DialogueKind.BOTH, opened, null, areas),
                code, DialogueStatus.OPEN);
    }

    private int open(Place place, String title, Version version, String code, Instant opened, List<String> areas,
            int count, Map<Theme, Double> profile, DemoRespondents people) {
        Dialogue dialogue = open(place, title, version, code, opened, areas);
        return record(dialogue, profile, count, opened, clock.instant().minus(Duration.ofHours(2)), people);
    }

    private int record(Dialogue dialogue, Map<Theme, Double> profile, int count, Instant from, Instant to,
            DemoRespondents people) {
        var questionnaire = questionnaires.current(dialogue.version());
        return responses.record(dialogue, people.make(dialogue, questionnaire, profile, count, from, to));
    }

    private static DialogueSettings settings(String title, Version version, DialogueKind kind, Instant opens,
            @Nullable Instant closes, List<String> areas) {
        String intro = "Hur är det att bo, leva och röra sig här? Dina svar hjälper kommunen att se vad som "
                + "fungerar och vad som behöver bli bättre.";
        return new DialogueSettings(title, intro, version, EnumSet.allOf(Language.class), kind, opens, closes, areas);
    }
}
