package se.platskompassen.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseService;
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

    static ApiScene create(Tenants tenants, DialogueService dialogues, ResponseService responses,
            QuestionnaireCatalog catalog, ApiTokenService tokens) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('0', 'O');
        Dialogue small = dialogues.createWithCode(dialogue.placeId(), dialogue.settings(), code, DialogueStatus.OPEN);
        List<UUID> ids = record(responses, catalog, dialogue, RESPONSES);
        record(responses, catalog, small, 3);
        String figures = tokens.create("Power BI figures", EnumSet.of(ApiScope.FIGURES)).secret();
        String all = tokens.create("Power BI responses", EnumSet.of(ApiScope.RESPONSES)).secret();
        tenants.signOut();
        return new ApiScene(dialogue.organisationId(), dialogue.placeId(), dialogue, small, ids, figures, all);
    }

    private static List<UUID> record(ResponseService responses, QuestionnaireCatalog catalog, Dialogue dialogue,
            int count) {
        Questionnaire questionnaire = catalog.current(Version.VUXEN);
        Instant start = Instant.parse("2026-05-04T17:00:00.123456Z");
        List<RecordedResponse> recorded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<AnswerInput> answers = new ArrayList<>();
            answers.add(new AnswerInput(Theme.MOVING_AROUND, 1 + i % 7, i == 0 ? "Bra cykelbanor" : null, null));
            answers.add(i < 3 ? new AnswerInput(Theme.FEELING_SAFE, 2, null, "Mörkt i tunneln")
                    : AnswerInput.skipped(Theme.FEELING_SAFE));
            // Two responses start at the same moment: the order falls back on the id.
            Instant started = start.plusSeconds(i == 1 ? 0 : i * 60L);
            // The last one was typed in from paper form 17.
            boolean paper = i == count - 1;
            recorded.add(new RecordedResponse(UUID.randomUUID(), dialogue.id(), questionnaire.id(),
                    questionnaire.hash(), Language.SV, paper ? CollectionMode.PAPER : CollectionMode.OWN_DEVICE,
                    Background.NONE, started, started.plusSeconds(300), answers, paper ? "17" : null));
        }
        responses.record(dialogue, recorded);
        return recorded.stream()
                .sorted(java.util.Comparator.comparing(RecordedResponse::startedAt).thenComparing(r -> r.id().toString()))
                .map(RecordedResponse::id).toList();
    }

    Set<Long> dialogueIds() {
        return Set.of(dialogue.id(), small.id());
    }
}
