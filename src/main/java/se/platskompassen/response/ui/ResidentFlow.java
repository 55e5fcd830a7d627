package se.platskompassen.response.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.platskompassen.base.ui.PageLanguage;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CommentText.CommentTooLongException;
import se.platskompassen.response.DialogueNotOpenException;
import se.platskompassen.response.ResponseService;
import se.platskompassen.response.TooManyStartsException;

/**
 * A resident's way through an open dialogue, screen by screen: start, background, the fourteen
 * themes, summary, thanks. Each screen's answer is saved when the person leaves it. On a shared
 * tablet the flow returns to the start after the thanks and when someone walks away.
 */
class ResidentFlow extends Div {

    private static final Logger log = LoggerFactory.getLogger(ResidentFlow.class);

    private final ResponseService responses;
    private final QuestionnaireCatalog questionnaires;
    private final KioskTimers timers;
    private final KioskSettings kiosk;
    private final Consumer<DialogueNotOpenException> onNotOpen;
    private final ResumeOnDevice resumeOnDevice = new ResumeOnDevice(this);

    private FlowState state;
    private @Nullable Screen current;
    private boolean returnToSummary;
    private @Nullable Registration timer;

    ResidentFlow(FlowState state, ResponseService responses, QuestionnaireCatalog questionnaires, KioskTimers timers,
            KioskSettings kiosk, Consumer<DialogueNotOpenException> onNotOpen) {
        this.state = state;
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.timers = timers;
        this.kiosk = kiosk;
        this.onNotOpen = onNotOpen;
        addClassName("resident-flow");
        addAttachListener(attach -> {
            if (current == null) {
                PageLanguage.set(attach.getUI(), state.language);
                showStart();
            }
        });
        addDetachListener(detach -> cancelTimer());
    }

    FlowState state() {
        return state;
    }

    private void show(Screen screen) {
        removeAll();
        current = screen;
        add(screen);
        screen.focusHeading();
        if (state().kiosk() && !(screen instanceof StartScreen)) {
            restartTimer(screen instanceof ThanksScreen ? kiosk.thanksReturn() : kiosk.idleReturn());
        }
    }

    void restartTimer(Duration delay) {
        cancelTimer();
        getUI().ifPresent(ui -> timer = timers.schedule(ui, delay, this::nextPerson));
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.remove();
            timer = null;
        }
    }

    void showStart() {
        StartScreen start = new StartScreen(state(), this::changeLanguage, this::begin);
        show(start);
        if (!state().kiosk()) {
            resumeOnDevice.lookFor(state(), responses, start);
        }
    }

    private void changeLanguage(Language language) {
        state().language = language;
        getUI().ifPresent(ui -> PageLanguage.set(ui, language));
        showStart();
    }

    private void begin() {
        FlowState flow = state();
        if (flow.responseId == null) {
            flow.responseId = UUID.randomUUID();
        }
        try {
            responses.start(flow.dialogue, flow.responseId, flow.questionnaire, flow.language, flow.mode);
        } catch (DialogueNotOpenException e) {
            onNotOpen.accept(e);
            return;
        } catch (TooManyStartsException e) {
            showStart();
            error(e.limit() == TooManyStartsException.Limit.DIALOGUE ? "flow.error.busy" : "flow.error.tooManyHere");
            return;
        }
        if (!flow.kiosk()) {
            resumeOnDevice.remember(flow);
        }
        showBackground();
    }

    void showBackground() {
        show(new BackgroundScreen(state(), background -> leaveBackground(background, true),
                background -> leaveBackground(background, false)));
    }

    private void leaveBackground(Background background, boolean forward) {
        if (!saved(() -> responses.saveBackground(state().requireResponse(), background))) {
            return;
        }
        state().background = background;
        if (forward) {
            showTheme(Theme.MOVING_AROUND);
        } else {
            showStart();
        }
    }

    void showTheme(Theme theme) {
        ThemeScreen screen = new ThemeScreen(state(), theme, this::leaveTheme);
        screen.onActivity(this::restartTimerIfKiosk);
        show(screen);
    }

    private void restartTimerIfKiosk() {
        if (state().kiosk()) {
            restartTimer(kiosk.idleReturn());
        }
    }

    /** Saves what the person gave on a theme screen and moves on; a second click does nothing. */
    private void leaveTheme(ThemeScreen screen, ThemeScreen.Move move) {
        if (current != screen) {
            return;
        }
        Optional<AnswerInput> answer = attempt(() -> {
            AnswerInput given = screen.answer(move);
            responses.saveAnswer(state().requireResponse(), given);
            return given;
        });
        if (answer.isEmpty()) {
            screen.enableButtons();
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
            returnToSummary = true;
            showTheme(theme);
        }, () -> showTheme(Theme.values()[Theme.COUNT - 1]), () -> submit(screen[0]));
        show(screen[0]);
    }

    private void submit(SummaryScreen screen) {
        if (current != screen) {
            return;
        }
        if (!saved(() -> responses.complete(state().requireResponse()))) {
            screen.submit.setEnabled(true);
            return;
        }
        if (!state().kiosk()) {
            resumeOnDevice.forget(state());
        }
        show(new ThanksScreen(state(), this::nextPerson));
    }

    /** A shared tablet starts over for the next person, with nothing of the last one left. */
    void nextPerson() {
        cancelTimer();
        FlowState last = state();
        state = new FlowState(last.dialogue, last.placeName, last.organisationName,
                questionnaires.current(last.dialogue.version()), last.mode, last.dialogue.languages().iterator().next());
        returnToSummary = false;
        getUI().ifPresent(ui -> PageLanguage.set(ui, state().language));
        showStart();
    }

    private boolean saved(Runnable save) {
        return attempt(() -> {
            save.run();
            return true;
        }).isPresent();
    }

    /** Runs a save; when it fails, says so and keeps everything on the screen for a new try. */
    private <T> Optional<T> attempt(Supplier<T> save) {
        try {
            return Optional.of(save.get());
        } catch (CommentTooLongException e) {
            error("flow.error.tooLong");
        } catch (DialogueNotOpenException e) {
            onNotOpen.accept(e);
        } catch (RuntimeException e) {
            log.warn("Could not save an answer", e);
            error("flow.error.save");
        }
        return Optional.empty();
    }

    private void error(String key) {
        Notification notification = Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    @Nullable Screen current() {
        return current;
    }

    void resume(UUID responseId) {
        responses.unfinished(responseId, state.dialogue.id()).ifPresent(resume -> {
            ResumeOnDevice.resume(state, resume, responseId);
            getUI().ifPresent(ui -> PageLanguage.set(ui, state.language));
            Theme next = state.firstUnanswered();
            if (next == null) {
                showSummary();
            } else {
                showTheme(next);
            }
        });
    }
}
