package se.platskompassen.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.Gender;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.Relation;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.Tenants;

/**
 * The fixed data set of the golden tests, made through the real services: one adult dialogue
 * with four responses (complete, with skips, unfinished, a group) whose comments hold Swedish
 * letters, quotes, separators, line breaks and formula-like starts; and a child dialogue with
 * two. Ids and times are fixed, so the exports are the same on every run.
 */
record GoldenData(Organisation organisation, String admin, Dialogue adult, Dialogue child) {

    static final Instant EVENING = Instant.parse("2026-05-04T17:00:00Z");

    static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    static GoldenData create(Tenants tenants, PlaceService places, DialogueService dialogues,
            ResponseService responses, QuestionnaireCatalog catalog) {
        Organisation organisation = tenants.newOrganisation();
        String admin = tenants.newStaff(organisation.id(), Role.ORGANISATION_ADMIN);
        tenants.signInAs(admin);
        long place = places.create(PlaceDetails.named("Stora torget")).id();
        Dialogue adult = dialogues.createWithCode(place, settings("Kvällsmöte på torget", Version.VUXEN),
                "GOLD-" + organisation.id() + "A", DialogueStatus.OPEN);
        Dialogue child = dialogues.createWithCode(place, settings("Skolans dialog, klass 4", Version.BARN),
                "GOLD-" + organisation.id() + "B", DialogueStatus.CLOSED);
        responses.record(adult, adultResponses(adult, catalog.current(Version.VUXEN)));
        responses.record(child, childResponses(child, catalog.current(Version.BARN)));
        return new GoldenData(organisation, admin, adult, child);
    }

    private static DialogueSettings settings(String title, Version version) {
        return new DialogueSettings(title, null, version, EnumSet.of(Language.SV, Language.EN), DialogueKind.BOTH,
                null, null, List.of());
    }

    static List<RecordedResponse> adultResponses(Dialogue dialogue, Questionnaire questionnaire) {
        List<RecordedResponse> all = new ArrayList<>();
        int[] first = {3, 2, 4, 5, 6, 5, 4, 3, 4, 5, 5, 2, 3, 2};
        List<AnswerInput> answers = scored(first);
        answers.set(0, new AnswerInput(Theme.MOVING_AROUND, 3, "Bra cykelvägar, men smala trottoarer; särskilt vid skolan",
                "Fler \"övergångsställen\" vid skolan"));
        answers.set(11, new AnswerInput(Theme.FEELING_SAFE, 2, null, "Mörkt vid busshållplatsen.\nBättre belysning!"));
        all.add(numbered(response(dialogue, questionnaire, 1, Language.SV, CollectionMode.PAPER,
                new Background(AgeBand.AGE_30_49, Gender.WOMAN, Relation.LIVE, "Centrum"), 5, 14 * 60 + 30, answers),
                "17"));

        List<AnswerInput> second = scored(new int[] {6, 0, 5, 4, 7, 6, 5, 0, 3, 4, 6, 5, 4, 3});
        second.set(4, new AnswerInput(Theme.NATURAL_SPACE, 7, "=SUM(A1)", "+1 för parken"));
        second.set(12, new AnswerInput(Theme.CARE_MAINTENANCE, 4, "-1 poäng för skräpet",
                "@kommunen borde tömma papperskorgarna oftare"));
        all.add(response(dialogue, questionnaire, 2, Language.EN, CollectionMode.OWN_DEVICE,
                new Background(AgeBand.AGE_18_29, Gender.NON_BINARY, Relation.STUDY, null), 20, 11 * 60, second));

        List<AnswerInput> unfinished = new ArrayList<>(List.of(AnswerInput.scored(Theme.MOVING_AROUND, 4),
                AnswerInput.scored(Theme.PUBLIC_TRANSPORT, 1),
                new AnswerInput(Theme.TRAFFIC_PARKING, null, null, "Vet inte, kör aldrig bil"),
                AnswerInput.scored(Theme.STREETS_SPACES, 5)));
        all.add(response(dialogue, questionnaire, 3, Language.SV, CollectionMode.OWN_DEVICE, Background.NONE, 40, null,
                unfinished));

        List<AnswerInput> group = scored(new int[] {4, 3, 3, 4, 5, 4, 4, 4, 4, 5, 5, 3, 3, 3});
        group.set(9, new AnswerInput(Theme.SOCIAL_CONTACT, 5, "Biblioteket, caféet och ’torgdagen’", null));
        all.add(response(dialogue, questionnaire, 4, Language.SV, CollectionMode.GROUP,
                new Background(null, null, Relation.WORK, "'=Norr"), 50, 25 * 60, group));
        return all;
    }

    static List<RecordedResponse> childResponses(Dialogue dialogue, Questionnaire questionnaire) {
        return List.of(
                response(dialogue, questionnaire, 11, Language.SV, CollectionMode.SHARED_TABLET,
                        new Background(AgeBand.UNDER_13, null, Relation.STUDY, null), 0, 6 * 60,
                        scored(new int[] {3, 2, 1, 2, 3, 3, 2, 2, 3, 3, 2, 1, 2, 2})),
                response(dialogue, questionnaire, 12, Language.SV, CollectionMode.SHARED_TABLET,
                        new Background(AgeBand.UNDER_13, null, Relation.STUDY, null), 3, 7 * 60,
                        scored(new int[] {2, 2, 2, 3, 3, 3, 1, 2, 3, 2, 2, 2, 1, 2})));
    }

    /** The same response, typed in from the paper form with this number. */
    private static RecordedResponse numbered(RecordedResponse response, String formNumber) {
        return new RecordedResponse(response.id(), response.dialogueId(), response.questionnaireVersion(),
                response.questionnaireHash(), response.language(), response.mode(), response.background(),
                response.startedAt(), response.completedAt(), response.answers(), formNumber);
    }

    /** Scores in theme order; 0 is a skip. */
    private static List<AnswerInput> scored(int[] scores) {
        List<AnswerInput> answers = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            int score = scores[theme.ordinal()];
            answers.add(score == 0 ? AnswerInput.skipped(theme) : AnswerInput.scored(theme, score));
        }
        return answers;
    }

    private static RecordedResponse response(Dialogue dialogue, Questionnaire questionnaire, int n, Language language,
            CollectionMode mode, Background background, int startMinute, @Nullable Integer seconds,
            List<AnswerInput> answers) {
        Instant started = EVENING.plusSeconds(startMinute * 60L);
        return new RecordedResponse(id(n), dialogue.id(), questionnaire.id(), questionnaire.hash(), language, mode,
                background, started, seconds == null ? null : started.plusSeconds(seconds), answers);
    }
}
