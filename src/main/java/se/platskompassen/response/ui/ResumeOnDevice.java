package se.platskompassen.response.ui;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ResidentResume;
import se.platskompassen.response.ResponseService;

/**
 * On a person's own device, the id of an unfinished response is kept in the browser's local
 * storage, so that a closed tab, a lost connection or a restarted server never makes them start
 * again. Shared tablets never do this.
 */
final class ResumeOnDevice {

    private static final String KEY_PREFIX = "platskompassen.response.";

    private final ResidentFlow flow;

    ResumeOnDevice(ResidentFlow flow) {
        this.flow = flow;
    }

    private static String key(FlowState state) {
        return KEY_PREFIX + state.dialogue.id();
    }

    void remember(FlowState state) {
        flow.getElement().executeJs("try { window.localStorage.setItem($0, $1); } catch (e) { }", key(state),
                state.requireResponse().toString());
    }

    void forget(FlowState state) {
        flow.getElement().executeJs("try { window.localStorage.removeItem($0); } catch (e) { }", key(state));
    }

    /** Asks the browser for an earlier, unfinished response here and offers to go on with it. */
    void lookFor(FlowState state, ResponseService responses, StartScreen start) {
        flow.getElement().executeJs("try { return window.localStorage.getItem($0); } catch (e) { return null; }",
                key(state)).then(String.class, stored -> {
                    UUID id = parse(stored);
                    if (id != null && responses.unfinished(id, state.dialogue.id()).isPresent()) {
                        start.offerResume(() -> flow.resume(id));
                    }
                });
    }

    /** Fills the state with what the unfinished response holds: language, background and answers. */
    static void resume(FlowState state, ResidentResume resume, UUID id) {
        state.responseId = id;
        state.language = resume.language();
        state.background = resume.background();
        for (AnswerInput answer : resume.answers()) {
            state.answers.put(answer.theme(), answer);
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
