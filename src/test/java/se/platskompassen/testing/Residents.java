package se.platskompassen.testing;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.ResponseService;

/** Residents answering as the resident flow does: start a response, then save answer by answer. */
@Component
public class Residents {

    private final ResponseService responses;
    private final QuestionnaireCatalog questionnaires;

    Residents(ResponseService responses, QuestionnaireCatalog questionnaires) {
        this.responses = responses;
        this.questionnaires = questionnaires;
    }

    /** One resident on their own device: starts a response and saves each answer in its own transaction. */
    public UUID answer(Dialogue dialogue, AnswerInput... answers) {
        UUID id = UUID.randomUUID();
        responses.start(dialogue, id, questionnaires.current(dialogue.version()), Language.SV, CollectionMode.OWN_DEVICE);
        for (AnswerInput answer : answers) {
            responses.saveAnswer(id, answer);
        }
        return id;
    }
}
