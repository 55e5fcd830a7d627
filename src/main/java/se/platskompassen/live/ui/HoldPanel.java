package se.platskompassen.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;
import org.jspecify.annotations.Nullable;

/**
 * "Everyone answers first" on the projector (decision 0039): while the facilitator holds the
 * picture this stands where the compass was and says that the picture comes when everyone has
 * answered; for those who run the dialogue it has the reveal button, and the clicker's PageDown
 * or → reveals too. The button to hold the picture again sits in the page's navigation
 * ({@link #holdButton()}); every change is announced to screen readers ({@link #announcer()}).
 */
class HoldPanel extends Div {

    /** PageDown and → are what presentation clickers send for "next"; never while typing. */
    static final String REVEAL_KEY = """
            ['PageDown', 'ArrowRight'].includes(event.key) && !event.repeat
            && !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey
            && !['INPUT', 'TEXTAREA', 'SELECT'].includes((event.composedPath()[0] || {}).tagName)
            && !(event.composedPath()[0] || {}).isContentEditable""";

    private final @Nullable Runnable reveal;
    private final @Nullable Button holdButton;
    private final Span announcer = new Span();
    private @Nullable Boolean held;
    private @Nullable DomListenerRegistration key;

    /** {@code hold} and {@code reveal} are null for those who may follow the dialogue but not run it. */
    HoldPanel(@Nullable Runnable hold, @Nullable Runnable reveal) {
        this.reveal = reveal;
        addClassName("projector-held");
        Paragraph title = new Paragraph(getTranslation("live.hold.title"));
        title.addClassName("held-title");
        Paragraph text = new Paragraph(getTranslation("live.hold.text"));
        text.addClassName("held-text");
        add(title, text);
        if (reveal != null) {
            Button button = new Button(getTranslation("live.hold.reveal"), click -> reveal.run());
            button.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            button.addClassName("held-reveal");
            button.getElement().setAttribute("aria-keyshortcuts", "PageDown ArrowRight");
            Paragraph keys = new Paragraph(getTranslation("live.hold.keys"));
            keys.addClassName("held-keys");
            add(button, keys);
        }
        holdButton = hold == null ? null : new Button(getTranslation("live.hold.hold"), click -> hold.run());
        if (holdButton != null) {
            holdButton.addClassName("hold-button");
        }
        announcer.addClassNames("visually-hidden", "hold-announcer");
        announcer.getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** The button that holds the picture (for the navigation), or null for those who may not run the dialogue. */
    @Nullable Button holdButton() {
        return holdButton;
    }

    /** Where changes of the hold are announced: always on the page, out of sight. */
    Span announcer() {
        return announcer;
    }

    boolean held() {
        return Boolean.TRUE.equals(held);
    }

    /** Shows the hold as it is now; a change (not the first look) is announced. */
    void show(boolean nowHeld) {
        if (held != null && held != nowHeld) {
            announcer.setText(getTranslation(nowHeld ? "live.hold.announceHeld" : "live.hold.announceRevealed"));
        }
        held = nowHeld;
        setVisible(nowHeld);
        if (holdButton != null) {
            holdButton.setVisible(!nowHeld);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (reveal != null) {
            key = event.getUI().getElement().addEventListener("keydown", pressed -> {
                if (held()) {
                    reveal.run();
                }
            }).setFilter(REVEAL_KEY);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (key != null) {
            key.remove();
            key = null;
        }
    }
}
