package se.platskompassen.analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.Place;
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
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * A small organisation whose figures are worked out by hand in the tests (minimum group size 5):
 * <pre>
 * Torget  D1 "Torget 2025"  adults, 1 March 2025   r1 woman tablet 2 · r2 woman tablet 3 · r3 woman own 4
 *                                                  r4 man own 5 · r5 man paper 6 (all themes, completed)
 *                                                  r6 man paper, unfinished: only "Gå, rulla och cykla", 1
 *         D2 "Torget 2026"  adults, 1 March 2026   2 women 5, 6 men 6 (in Arabic), own device, completed
 * Parken  D3 "Parken vår"   adults, 1 April 2026   3 without gender, own device, 4
 *         D4 "Parken barn"  children, 1 May 2026   scores 1 1 2 2 3 3, shared tablet, under 13
 *         D5 "Parken höst"  adults, 1 June 2026    5 people, own device, 3 (2 of them in Persian)
 * Hamnen  D6 "Hamnen"       adults, 1 May 2026     4 people, own device, 7
 * </pre>
 * Everyone else answers in Swedish. The organisation's admin is signed in when the scene is made.
 */
public record AnalysisScene(long organisationId, String admin, Place torget, Place parken, Place hamnen, Dialogue d1,
        Dialogue d2, Dialogue d3, Dialogue d4, Dialogue d5, Dialogue d6) {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    public static AnalysisScene make(Tenants tenants, PlaceService places, DialogueService dialogues,
            Respondents respondents) {
        long organisation = tenants.newOrganisation().id();
        String admin = tenants.newStaff(organisation, Role.ORGANISATION_ADMIN);
        tenants.signInAs(admin);
        Place torget = places.create(PlaceDetails.named("Torget"));
        Place parken = places.create(PlaceDetails.named("Parken"));
        Place hamnen = places.create(PlaceDetails.named("Hamnen"));
        Dialogue d1 = dialogue(dialogues, torget, "Torget 2025", Version.VUXEN, LocalDate.of(2025, 3, 1));
        Dialogue d2 = dialogue(dialogues, torget, "Torget 2026", Version.VUXEN, LocalDate.of(2026, 3, 1));
        Dialogue d3 = dialogue(dialogues, parken, "Parken vår", Version.VUXEN, LocalDate.of(2026, 4, 1));
        Dialogue d4 = dialogue(dialogues, parken, "Parken barn", Version.BARN, LocalDate.of(2026, 5, 1));
        Dialogue d5 = dialogue(dialogues, parken, "Parken höst", Version.VUXEN, LocalDate.of(2026, 6, 1));
        Dialogue d6 = dialogue(dialogues, hamnen, "Hamnen", Version.VUXEN, LocalDate.of(2026, 5, 1));

        people(respondents, d1, Gender.WOMAN, CollectionMode.SHARED_TABLET).scoreEveryTheme(2).record();
        people(respondents, d1, Gender.WOMAN, CollectionMode.SHARED_TABLET).scoreEveryTheme(3).record();
        people(respondents, d1, Gender.WOMAN, CollectionMode.OWN_DEVICE).scoreEveryTheme(4).record();
        people(respondents, d1, Gender.MAN, CollectionMode.OWN_DEVICE).scoreEveryTheme(5).record();
        people(respondents, d1, Gender.MAN, CollectionMode.PAPER).scoreEveryTheme(6).record();
        people(respondents, d1, Gender.MAN, CollectionMode.PAPER).unfinished().score(Theme.MOVING_AROUND, 1).record();
        people(respondents, d2, Gender.WOMAN, CollectionMode.OWN_DEVICE).count(2).scoreEveryTheme(5).record();
        people(respondents, d2, Gender.MAN, CollectionMode.OWN_DEVICE).count(6).language(Language.AR)
                .scoreEveryTheme(6).record();
        people(respondents, d3, null, CollectionMode.OWN_DEVICE).count(3).scoreEveryTheme(4).record();
        people(respondents, d4, null, CollectionMode.SHARED_TABLET).count(6)
                .background(new Background(AgeBand.UNDER_13, null, null, null))
                .answers((child, theme) -> AnswerInput.scored(theme, 1 + child / 2)).record();
        people(respondents, d5, null, CollectionMode.OWN_DEVICE).count(3).scoreEveryTheme(3).record();
        people(respondents, d5, null, CollectionMode.OWN_DEVICE).count(2).language(Language.FA).scoreEveryTheme(3)
                .record();
        people(respondents, d6, null, CollectionMode.OWN_DEVICE).count(4).scoreEveryTheme(7).record();
        return new AnalysisScene(organisation, admin, torget, parken, hamnen, d1, d2, d3, d4, d5, d6);
    }

    private static Dialogue dialogue(DialogueService dialogues, Place place, String title, Version version,
            LocalDate opens) {
        Instant at = opens.atTime(9, 0).atZone(ZONE).toInstant();
        String code = "A-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('0', 'O');
        return dialogues.createWithCode(place.id(), new DialogueSettings(title, null, version, EnumSet.of(Language.SV),
                DialogueKind.BOTH, at, at.plusSeconds(86_400L * 28), List.of()), code, DialogueStatus.CLOSED);
    }

    /** People of the 30–49 age band who all start an hour after the dialogue opens and take ten minutes. */
    private static Respondents.Batch people(Respondents respondents, Dialogue dialogue, @Nullable Gender gender,
            CollectionMode mode) {
        return respondents.in(dialogue).mode(mode).background(new Background(AgeBand.AGE_30_49, gender, null, null))
                .startingAt(Objects.requireNonNull(dialogue.opensAt()).plusSeconds(3600), Duration.ZERO)
                .taking(Duration.ofMinutes(10));
    }
}
