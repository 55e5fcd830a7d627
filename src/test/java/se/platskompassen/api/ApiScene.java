package se.platskompassen.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * One organisation's data for the API tests, made through the real services as its admin: a
 * place with a dialogue of {@value #RESPONSES} responses (everyone scores MOVING_AROUND, only
 * three score FEELING_SAFE, the rest skip it) and a small dialogue of three responses; tokens of
 * each scope.
 */
record ApiScene(long organisationId, long placeId, Dialogue dialogue, Dialogue small, List<UUID> responseIds,
        String figuresToken, String responsesToken) {

    static final int RESPONSES = 7;

    static ApiScene create(Tenants tenants, DialogueService dialogues, Respondents respondents,
            ApiTokenService tokens) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('0', 'O');
        Dialogue small = dialogues.createWithCode(dialogue.placeId(), dialogue.settings(), code, DialogueStatus.OPEN);
        List<UUID> ids = record(respondents, dialogue, RESPONSES);
        record(respondents, small, 3);
        String figures = tokens.create("Power BI figures", EnumSet.of(ApiScope.FIGURES)).secret();
        String all = tokens.create("Power BI responses", EnumSet.of(ApiScope.RESPONSES)).secret();
        tenants.signOut();
        return new ApiScene(dialogue.organisationId(), dialogue.placeId(), dialogue, small, ids, figures, all);
    }

    private static List<UUID> record(Respondents respondents, Dialogue dialogue, int count) {
        Instant start = Instant.parse("2026-05-04T17:00:00.123456Z");
        Respondents.Answers answers = (i, theme) -> switch (theme) {
            case MOVING_AROUND -> new AnswerInput(theme, 1 + i % 7, i == 0 ? "Bra cykelbanor" : null, null);
            case FEELING_SAFE -> i < 3 ? new AnswerInput(theme, 2, null, "Mörkt i tunneln") : AnswerInput.skipped(theme);
            default -> null;
        };
        // Two responses start at the same moment: the order falls back on the id.
        IntFunction<Instant> started = i -> start.plusSeconds(i == 1 ? 0 : i * 60L);
        List<RecordedResponse> recorded = new ArrayList<>(
                respondents.in(dialogue).count(count - 1).startedAt(started).answers(answers).record());
        // The last one was typed in from paper form 17.
        int last = count - 1;
        recorded.addAll(respondents.in(dialogue).mode(CollectionMode.PAPER).formNumber("17")
                .startedAt(i -> started.apply(last)).answers((i, theme) -> answers.answer(last, theme)).record());
        return recorded.stream()
                .sorted(Comparator.comparing(RecordedResponse::startedAt).thenComparing(r -> r.id().toString()))
                .map(RecordedResponse::id).toList();
    }

    Set<Long> dialogueIds() {
        return Set.of(dialogue.id(), small.id());
    }
}
