package se.platskompassen.response.ui;

import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.platskompassen.base.ui.PageLanguage;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.DialogueNotOpenException;
import se.platskompassen.response.ResidentResume;
import se.platskompassen.response.ResponseService;
import se.platskompassen.response.ResumeService;

/**
 * A resident's way through an open dialogue, screen by screen: start, background, the fourteen
 * themes, summary, thanks. Each screen's answer is saved when the person leaves it. On a shared
 * tablet every start is a new response, and the flow returns to the start after the thanks and
 * when someone walks away.
 */
class ResidentFlow extends Div {

    private final ResponseService responses;
    private final ResumeService resumes;
    private final QuestionnaireCatalog questionnaires;
    private final ScreenSaves saves;
    private final ResumeOnDevice resumeOnDevice = new ResumeOnDevice(this);
    private final TapGuard taps;
    private final @Nullable KioskIdle idle;

    private FlowState state;
    private boolean returnToSummary;

    ResidentFlow(FlowState state, ResponseService responses, ResumeService resumes, QuestionnaireCatalog questionnaires,
            KioskTimers timers, KioskSettings kiosk, Clock clock, Consumer<DialogueNotOpenException> onNotOpen) {
        this.state = state;
        this.responses = responses;
        this.resumes = resumes;
        this.questionnaires = questionnaires;
        this.saves = new ScreenSaves(onNotOpen);
        this.taps = new TapGuard(clock);
        this.idle = state.kiosk() ? new KioskIdle(this, taps::current, timers, kiosk, this::nextPerson) : null;
        addClassName("resident-flow");
        addAttachListener(attach -> {
            if (taps.current() == null) {
                PageLanguage.set(attach.getUI(), state.language);
                showStart();
            }
        });
        addDetachListener(detach -> whenKiosk(KioskIdle::cancel));
    }

    FlowState state() {
        return state;
    }

    /** The screen on show, or null before the first. */
    @Nullable Screen current() {
        return taps.current();
    }

    /** Puts a screen on show, or shows the one on show again with new content (a theme screen: the next theme). */
    private void show(Screen screen) {
        if (taps.current() != screen) {
            removeAll();
            add(screen);
        }
        taps.shown(screen);
        screen.shown();
        whenKiosk(kioskIdle -> kioskIdle.shown(screen));
    }

    void showStart() {
        StartScreen[] start = new StartScreen[1];
        start[0] = new StartScreen(state(), this::changeLanguage, () -> begin(start[0]));
        show(start[0]);
        if (!state().kiosk() && state().responseId == null) {
            resumeOnDevice.lookFor(state(), resumes, secret -> resume(start[0], secret, false),
                    secret -> start[0].offerResume(() -> resume(start[0], secret, true),
                            () -> startOver(start[0], secret)));
        }
    }

    private void changeLanguage(Language language) {
        state().language = language;
        getUI().ifPresent(ui -> PageLanguage.set(ui, language));
        showStart();
    }

    /** Starts (or, on one's own device after going back, goes on with) a response; a kiosk always starts a new one. */
    private void begin(StartScreen screen) {
        if (!taps.takes(screen)) {
            return;
        }
        if (state().kiosk()) {
            state = freshState(state().language);
        }
        FlowState flow = state();
        boolean fresh = flow.responseId == null;
        UUID id = fresh ? UUID.randomUUID() : flow.requireResponse();
        boolean started = saves.saved(screen, () -> {
            if (fresh && !flow.kiosk()) {
                flow.resumeSecret = resumes.startOnOwnDevice(flow.dialogue, id, flow.questionnaire, flow.language);
            } else {
                responses.start(flow.dialogue, id, flow.questionnaire, flow.language, flow.mode);
            }
        });
        if (!started) {
            return;
        }
        flow.responseId = id;
        resumeOnDevice.remember(flow);
        showBackground();
    }

    /** Goes on with this device's response, when the person tapped to (or, in the same tab, at once). */
    private void resume(StartScreen screen, String secret, boolean tapped) {
        if (tapped ? !taps.takes(screen) : current() != screen) {
            return;
        }
        Optional<Optional<ResidentResume>> found = saves.attempt(screen, () -> resumes.resume(secret, state.dialogue.id()));
        if (found.isEmpty()) {
            return;
        }
        if (found.get().isEmpty()) {
            resumeOnDevice.forget(state);
            showStart();
            return;
        }
        ResumeOnDevice.resume(state, found.get().get(), secret);
        resumeOnDevice.remember(state);
        getUI().ifPresent(ui -> PageLanguage.set(ui, state.language));
        Optional.ofNullable(state.firstUnanswered()).ifPresentOrElse(this::showTheme, this::showSummary);
    }

    /** Someone else may have left the unfinished response: it stays theirs, this device forgets it. */
    private void startOver(StartScreen screen, String secret) {
        if (!taps.takes(screen) || !saves.saved(screen, () -> resumes.forget(secret))) {
            return;
        }
        resumeOnDevice.forget(state);
        state = freshState(state.language);
        begin(screen);
    }

    void showBackground() {
        BackgroundScreen screen = new BackgroundScreen(state(), next -> leaveBackground(next, true),
                back -> leaveBackground(back, false));
        screen.onActivity(() -> whenKiosk(KioskIdle::input));
        show(screen);
    }

    private void leaveBackground(BackgroundScreen screen, boolean forward) {
        if (!taps.takes(screen) || !saves.saved(screen, () -> responses.saveBackground(state().requireResponse(), screen.value()))) {
            return;
        }
        state().background = screen.value();
        if (forward) {
            showTheme(Theme.MOVING_AROUND);
        } else {
            showStart();
        }
    }

    void showTheme(Theme theme) {
        ThemeScreen screen = taps.current() instanceof ThemeScreen onShow && onShow.belongsTo(state()) ? onShow
                : new ThemeScreen(state(), taps, this::leaveTheme, () -> whenKiosk(KioskIdle::input));
        screen.show(theme);
        show(screen);
    }

    /** Saves what the person gave on a theme screen and moves on; a second click does nothing. */
    private void leaveTheme(ThemeScreen screen, ThemeScreen.Move move) {
        if (!taps.takes(screen)) {
            return;
        }
        Optional<AnswerInput> answer = saves.attempt(screen, () -> {
            AnswerInput given = screen.answer(move);
            ClimateLens.save(state(), responses, given, screen.climateScore(move));
            return given;
        });
        if (answer.isEmpty()) {
            return;
        }
        state().answers.put(screen.theme(), answer.get());
        int step = move == ThemeScreen.Move.BACK ? -1 : 1;
        int target = screen.theme().ordinal() + step;
        if (step > 0 && (returnToSummary || target >= Theme.COUNT)) {
            returnToSummary = false;
            showSummary();
        } else if (target < 0) {
            showBackground();
        } else {
            showTheme(Theme.values()[target]);
        }
    }

    void showSummary() {
        SummaryScreen[] screen = new SummaryScreen[1];
        screen[0] = new SummaryScreen(state(), theme -> {
            if (taps.takes(screen[0])) {
                returnToSummary = true;
                showTheme(theme);
            }
        }, () -> {
            if (taps.takes(screen[0])) {
                showTheme(Theme.values()[Theme.COUNT - 1]);
            }
        }, () -> submit(screen[0]));
        show(screen[0]);
    }

    private void submit(SummaryScreen screen) {
        if (!taps.takes(screen) || !saves.saved(screen, () -> responses.complete(state().requireResponse()))) {
            return;
        }
        resumeOnDevice.forget(state());
        ThanksScreen[] thanks = new ThanksScreen[1];
        thanks[0] = new ThanksScreen(state(), () -> {
            if (taps.takes(thanks[0])) {
                nextPerson();
            }
        });
        show(thanks[0]);
    }

    /** A shared tablet starts over for the next person, with nothing of the last one left. */
    void nextPerson() {
        whenKiosk(KioskIdle::cancel);
        state = freshState(state().dialogue.languages().iterator().next());
        returnToSummary = false;
        getUI().ifPresent(ui -> PageLanguage.set(ui, state().language));
        showStart();
    }

    private FlowState freshState(Language language) {
        return state.forNextPerson(questionnaires.current(state.dialogue.version()), language);
    }

    private void whenKiosk(Consumer<KioskIdle> action) {
        if (idle != null) {
            action.accept(idle);
        }
    }
}
