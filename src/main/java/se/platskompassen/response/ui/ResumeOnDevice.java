package se.platskompassen.response.ui;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.Answer;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Response;
import se.platskompassen.response.ResponseService;

/**
 * On a person's own device, the id of an unfinished response is kept in the browser's local
 * storage, so that a closed tab, a lost connection or a restarted server never makes them start
 * again. Shared tablets never do this.
 */
final class ResumeOnDevice {

    private static final String KEY_PREFIX = "platskompassen.response.";

    private final ResidentFlow view;

    ResumeOnDevice(ResidentFlow view) {
        this.view = view;
    }

    private static String key(FlowState state) {
        return KEY_PREFIX + state.dialogue.id();
    }

    void remember(FlowState state) {
        view.getElement().executeJs("try { window.localStorage.setItem($0, $1); } catch (e) { }", key(state),
                state.requireResponse().toString());
    }

    void forget(FlowState state) {
        view.getElement().executeJs("try { window.localStorage.removeItem($0); } catch (e) { }", key(state));
    }

    /** Asks the browser for an earlier, unfinished response here and offers to go on with it. */
    void lookFor(FlowState state, ResponseService responses, StartScreen start) {
        view.getElement().executeJs("try { return window.localStorage.getItem($0); } catch (e) { return null; }",
                key(state)).then(String.class, stored -> {
                    UUID id = parse(stored);
                    if (id != null && resumable(state, responses, id)) {
                        start.offerResume(() -> view.resume(id));
                    }
                });
    }

    static boolean resumable(FlowState state, ResponseService responses, UUID id) {
        return responses.find(id).filter(r -> r.dialogueId() == state.dialogue.id() && !r.completed()).isPresent();
    }

    /** Fills the state with what the response holds: language, background and answers. */
    void resume(FlowState state, ResponseService responses, UUID id) {
        Response response = responses.find(id).orElseThrow();
        state.responseId = id;
        state.language = Language.fromCode(response.language()).orElse(state.language);
        state.background = response.background();
        for (Answer answer : responses.answersOf(id)) {
            Theme.fromCode(answer.themeCode()).ifPresent(theme -> state.answers.put(theme,
                    new AnswerInput(theme, answer.score(), answer.worksWell(), answer.couldBeBetter())));
        }
    }

    private static @Nullable UUID parse(@Nullable String stored) {
        try {
            return stored == null ? null : UUID.fromString(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
