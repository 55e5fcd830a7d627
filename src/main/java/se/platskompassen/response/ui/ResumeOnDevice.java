package se.platskompassen.response.ui;

import java.util.function.Consumer;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ResidentResume;
import se.platskompassen.response.ResumeService;

/**
 * On a person's own device, a secret for their unfinished response is kept in the browser's
 * local storage, so that a closed tab, a lost connection or a restarted server never makes them
 * start again. It is a secret of its own, not the response id: ids are in every export and in
 * the API, and must not open anyone's answers. Shared tablets never keep anything.
 */
final class ResumeOnDevice {

    private static final String KEY_PREFIX = "platskompassen.resume.";
    /** Where versions before issue 13 kept the response id itself; removed wherever it is found. */
    private static final String ID_KEY_PREFIX = "platskompassen.response.";

    private final ResidentFlow flow;

    ResumeOnDevice(ResidentFlow flow) {
        this.flow = flow;
    }

    private static String key(FlowState state) {
        return KEY_PREFIX + state.dialogue.id();
    }

    void remember(FlowState state) {
        flow.getElement().executeJs("try { window.localStorage.setItem($0, $1); } catch (e) { }", key(state),
                state.resumeSecret);
    }

    void forget(FlowState state) {
        flow.getElement().executeJs("try { window.localStorage.removeItem($0); } catch (e) { }", key(state));
    }

    /** Asks the browser for the secret of an earlier, unfinished response here; calls back when it opens one. */
    void lookFor(FlowState state, ResumeService resumes, Consumer<String> found) {
        flow.getElement().executeJs("""
                try {
                    window.localStorage.removeItem($1);
                    return window.localStorage.getItem($0);
                } catch (e) {
                    return null;
                }""", key(state), ID_KEY_PREFIX + state.dialogue.id()).then(String.class, stored -> {
                    if (stored != null && stored.length() <= 100 && resumes.canResume(stored, state.dialogue.id())) {
                        found.accept(stored);
                    }
                });
    }

    /** Fills the state with what the unfinished response holds: language, background and answers. */
    static void resume(FlowState state, ResidentResume resume, String secret) {
        state.responseId = resume.responseId();
        state.resumeSecret = secret;
        state.language = resume.language();
        state.background = resume.background();
        for (AnswerInput answer : resume.answers()) {
            state.answers.put(answer.theme(), answer);
        }
    }
}
