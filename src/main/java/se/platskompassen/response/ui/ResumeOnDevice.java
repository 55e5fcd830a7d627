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
 *
 * <p>A copy is kept in the tab's session storage too. A page that loads again in the same tab is
 * the same person (their own reload, or Vaadin's when the server no longer has the session: a
 * restart, or an instance that died behind the load balancer, decision 0026), and goes straight
 * back to the response; another tab, or the browser opened again, asks first whose it is.
 */
final class ResumeOnDevice {

    private static final String KEY_PREFIX = "platskompassen.resume.";
    /** Where versions before issue 13 kept the response id itself; removed wherever it is found. */
    private static final String ID_KEY_PREFIX = "platskompassen.response.";
    /** Marks a secret that this very tab stored. */
    private static final String SAME_TAB = "tab:";

    private final ResidentFlow flow;

    ResumeOnDevice(ResidentFlow flow) {
        this.flow = flow;
    }

    private static String key(FlowState state) {
        return KEY_PREFIX + state.dialogue.id();
    }

    /** Keeps the secret of the response under way (own devices only). */
    void remember(FlowState state) {
        if (state.kiosk() || state.resumeSecret == null) {
            return;
        }
        flow.getElement().executeJs("try { window.localStorage.setItem($0, $1); window.sessionStorage.setItem($0, $1); }"
                + " catch (e) { }", key(state), state.resumeSecret);
    }

    /** Lets go of the secret (own devices only; a shared tablet never kept one). */
    void forget(FlowState state) {
        if (state.kiosk()) {
            return;
        }
        flow.getElement().executeJs("try { window.localStorage.removeItem($0); window.sessionStorage.removeItem($0); }"
                + " catch (e) { }", key(state));
    }

    /**
     * Asks the browser for the secret of an earlier, unfinished response here; calls back when it
     * opens one: {@code sameTab} when this tab stored it, {@code otherTab} otherwise.
     */
    void lookFor(FlowState state, ResumeService resumes, Consumer<String> sameTab, Consumer<String> otherTab) {
        flow.getElement().executeJs("""
                try {
                    window.localStorage.removeItem($1);
                    const stored = window.localStorage.getItem($0);
                    return stored !== null && window.sessionStorage.getItem($0) === stored ? $2 + stored : stored;
                } catch (e) {
                    return null;
                }""", key(state), ID_KEY_PREFIX + state.dialogue.id(), SAME_TAB).then(String.class, value -> {
                    boolean here = value != null && value.startsWith(SAME_TAB);
                    String stored = here ? value.substring(SAME_TAB.length()) : value;
                    if (stored != null && stored.length() <= 100 && resumes.canResume(stored, state.dialogue.id())) {
                        (here ? sameTab : otherTab).accept(stored);
                    }
                });
    }

    /** Fills the state with what the unfinished response holds: language, background, answers and climate scores. */
    static void resume(FlowState state, ResidentResume resume, String secret) {
        state.responseId = resume.responseId();
        state.resumeSecret = secret;
        state.language = resume.language();
        state.background = resume.background();
        for (AnswerInput answer : resume.answers()) {
            state.answers.put(answer.theme(), answer);
        }
        ClimateLens lens = state.climate;
        if (lens != null) {
            state.climateScores.putAll(lens.answers().resumedScores(secret, resume.dialogueId()));
        }
    }
}
