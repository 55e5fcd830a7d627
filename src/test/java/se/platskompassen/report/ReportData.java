package se.platskompassen.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.discussion.NewAction;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * The fixed data set of the report tests, made through the real services in a fresh organisation
 * (minimum group size 5): an evening dialogue with six respondents, comments, agreed scores, a
 * priority and two actions, where "work and local economy" was scored by two people only; and a
 * small dialogue at the same place with three respondents, all of whose figures are hidden.
 */
record ReportData(Organisation organisation, String admin, Dialogue evening, Dialogue small) {

    static final Instant OPENS = Instant.parse("2026-05-04T15:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-05-20T20:00:00Z");

    /** Scores in theme order per respondent; 0 is a skip. */
    static final int[][] EVENING = {
        {3, 2, 4, 5, 6, 5, 4, 0, 4, 5, 5, 2, 3, 2},
        {4, 3, 4, 4, 7, 6, 5, 0, 3, 4, 6, 1, 4, 3},
        {2, 2, 5, 5, 6, 5, 3, 0, 4, 5, 5, 2, 3, 2},
        {5, 4, 3, 6, 7, 4, 4, 3, 5, 6, 6, 3, 2, 4},
        {3, 1, 4, 5, 5, 5, 4, 5, 4, 4, 5, 2, 3, 3},
        {4, 2, 6, 4, 6, 6, 5, 0, 4, 5, 7, 1, 4, 2},
    };

    static final int[][] SMALL = {
        {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7},
        {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7},
        {6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6},
    };

    /** Comments (works well, could be better) by respondent and theme. */
    static final Map<Integer, Map<Theme, String[]>> COMMENTS = Map.of(
            0, Map.of(Theme.MOVING_AROUND, new String[] {"Bra cykelvägar till skolan", "Smala trottoarer vid torget"},
                    Theme.FEELING_SAFE, new String[] {null, "Mörkt vid busshållplatsen"}),
            1, Map.of(Theme.MOVING_AROUND, new String[] {"Affärer nära", "Övergångsställen saknas"},
                    Theme.FEELING_SAFE, new String[] {null, "Belysningen i parken är trasig"}),
            2, Map.of(Theme.MOVING_AROUND, new String[] {"Cykelparkering vid stationen", null},
                    Theme.NATURAL_SPACE, new String[] {"Parken med äppelträden", null}),
            3, Map.of(Theme.MOVING_AROUND, new String[] {"Gångvägen längs ån", "Trappor utan ramp"},
                    Theme.FEELING_SAFE, new String[] {null, "Ensamt på kvällen"}),
            4, Map.of(Theme.MOVING_AROUND, new String[] {"Dagens rutt till jobbet", null},
                    Theme.FEELING_SAFE, new String[] {null, "Fler vuxna ute på kvällen"}));

    static ReportData create(Tenants tenants, PlaceService places, DialogueService dialogues,
            Respondents respondents, DiscussionService discussions) {
        Organisation organisation = tenants.newOrganisation();
        String admin = tenants.newStaff(organisation.id(), Role.ORGANISATION_ADMIN);
        tenants.signInAs(admin);
        long place = places.create(PlaceDetails.named("Stora torget")).id();
        Dialogue evening = dialogues.createWithCode(place, settings("Kvällsmöte på torget", OPENS, CLOSES),
                "REP-" + organisation.id() + "A", DialogueStatus.CLOSED);
        Dialogue small = dialogues.createWithCode(place, settings("Liten grupp", null, null),
                "REP-" + organisation.id() + "B", DialogueStatus.CLOSED);
        record(respondents, evening, EVENING, true);
        record(respondents, small, SMALL, false);

        discussions.saveAgreedScore(evening, Theme.MOVING_AROUND, 3);
        discussions.saveAgreedScore(evening, Theme.FEELING_SAFE, 2);
        discussions.setPriority(evening, Theme.FEELING_SAFE, true);
        discussions.saveNotes(evening, Theme.FEELING_SAFE, "Belysningen tas upp med gatukontoret");
        discussions.addAction(evening, new NewAction(Theme.FEELING_SAFE, "Byt trasiga lampor i parken",
                "Gatukontoret", LocalDate.of(2026, 9, 30)));
        discussions.addAction(evening, new NewAction(null, "Återkoppla till de boende", null, null));
        return new ReportData(organisation, admin, evening, small);
    }

    private static DialogueSettings settings(String title, Instant opens, Instant closes) {
        return new DialogueSettings(title, null, Version.VUXEN, EnumSet.of(Language.SV, Language.EN),
                DialogueKind.BOTH, opens, closes, List.of());
    }

    private static void record(Respondents respondents, Dialogue dialogue, int[][] scores, boolean withComments) {
        respondents.in(dialogue).count(scores.length).mode(CollectionMode.SHARED_TABLET)
                .startingAt(OPENS.plusSeconds(3600)).taking(Duration.ofMinutes(10))
                .answers((person, theme) -> {
                    int score = scores[person][theme.ordinal()];
                    String[] comment = withComments ? COMMENTS.getOrDefault(person, Map.of()).get(theme) : null;
                    return new AnswerInput(theme, score == 0 ? null : score, comment == null ? null : comment[0],
                            comment == null ? null : comment[1]);
                })
                .record();
    }
}
