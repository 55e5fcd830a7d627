package se.platskompassen.exchange;

import java.time.Duration;
import java.time.Instant;
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
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.Gender;
import se.platskompassen.response.Relation;
import se.platskompassen.testing.Respondents;
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
            Respondents respondents) {
        Organisation organisation = tenants.newOrganisation();
        String admin = tenants.newStaff(organisation.id(), Role.ORGANISATION_ADMIN);
        tenants.signInAs(admin);
        long place = places.create(PlaceDetails.named("Stora torget")).id();
        Dialogue adult = dialogues.createWithCode(place, settings("Kvällsmöte på torget", Version.VUXEN),
                "GOLD-" + organisation.id() + "A", DialogueStatus.OPEN);
        Dialogue child = dialogues.createWithCode(place, settings("Skolans dialog, klass 4", Version.BARN),
                "GOLD-" + organisation.id() + "B", DialogueStatus.CLOSED);
        recordAdults(respondents, adult);
        recordChildren(respondents, child);
        return new GoldenData(organisation, admin, adult, child);
    }

    private static DialogueSettings settings(String title, Version version) {
        return new DialogueSettings(title, null, version, EnumSet.of(Language.SV, Language.EN), DialogueKind.BOTH,
                null, null, List.of());
    }

    private static void recordAdults(Respondents respondents, Dialogue adult) {
        respondent(respondents, adult, 1, 5, 14 * 60 + 30).mode(CollectionMode.PAPER).formNumber("17")
                .background(new Background(AgeBand.AGE_30_49, Gender.WOMAN, Relation.LIVE, "Centrum"))
                .scores(3, 2, 4, 5, 6, 5, 4, 3, 4, 5, 5, 2, 3, 2)
                .comment(Theme.MOVING_AROUND, "Bra cykelvägar, men smala trottoarer; särskilt vid skolan",
                        "Fler \"övergångsställen\" vid skolan")
                .comment(Theme.FEELING_SAFE, null, "Mörkt vid busshållplatsen.\nBättre belysning!")
                .record();
        respondent(respondents, adult, 2, 20, 11 * 60).language(Language.EN)
                .background(new Background(AgeBand.AGE_18_29, Gender.NON_BINARY, Relation.STUDY, null))
                .scores(6, 0, 5, 4, 7, 6, 5, 0, 3, 4, 6, 5, 4, 3)
                .comment(Theme.NATURAL_SPACE, "=SUM(A1)", "+1 för parken")
                .comment(Theme.CARE_MAINTENANCE, "-1 poäng för skräpet", "@kommunen borde tömma papperskorgarna oftare")
                .record();
        respondent(respondents, adult, 3, 40, null)
                .given(AnswerInput.scored(Theme.MOVING_AROUND, 4), AnswerInput.scored(Theme.PUBLIC_TRANSPORT, 1),
                        new AnswerInput(Theme.TRAFFIC_PARKING, null, null, "Vet inte, kör aldrig bil"),
                        AnswerInput.scored(Theme.STREETS_SPACES, 5))
                .record();
        respondent(respondents, adult, 4, 50, 25 * 60).mode(CollectionMode.GROUP)
                .background(new Background(null, null, Relation.WORK, "'=Norr"))
                .scores(4, 3, 3, 4, 5, 4, 4, 4, 4, 5, 5, 3, 3, 3)
                .comment(Theme.SOCIAL_CONTACT, "Biblioteket, caféet och ’torgdagen’", null)
                .record();
    }

    private static void recordChildren(Respondents respondents, Dialogue child) {
        Background pupil = new Background(AgeBand.UNDER_13, null, Relation.STUDY, null);
        respondent(respondents, child, 11, 0, 6 * 60).mode(CollectionMode.SHARED_TABLET).background(pupil)
                .scores(3, 2, 1, 2, 3, 3, 2, 2, 3, 3, 2, 1, 2, 2).record();
        respondent(respondents, child, 12, 3, 7 * 60).mode(CollectionMode.SHARED_TABLET).background(pupil)
                .scores(2, 2, 2, 3, 3, 3, 1, 2, 3, 2, 2, 2, 1, 2).record();
    }

    /** Response {@code n}, started {@code startMinute} into the evening and taking {@code seconds} (null: unfinished). */
    private static Respondents.Batch respondent(Respondents respondents, Dialogue dialogue, int n, int startMinute,
            @Nullable Integer seconds) {
        Respondents.Batch batch = respondents.in(dialogue).id(id(n)).startingAt(EVENING.plusSeconds(startMinute * 60L));
        return seconds == null ? batch.unfinished() : batch.taking(Duration.ofSeconds(seconds));
    }
}
