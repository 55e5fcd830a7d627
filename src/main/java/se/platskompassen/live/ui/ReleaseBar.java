package se.platskompassen.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import se.platskompassen.live.LivePicture;

/**
 * When the projector's picture last changed, how many answers wait for the next batch, and, for
 * those who run the dialogue, the button (and the clicker's "." key) that shows them now.
 */
class ReleaseBar extends Div {

    /** "." is what presentation clickers send for their blank-screen button; never while typing notes. */
    private static final String SHOW_KEY = """
            event.key === '.' && !event.repeat && !event.ctrlKey && !event.altKey && !event.metaKey
            && !['INPUT', 'TEXTAREA', 'SELECT'].includes((event.composedPath()[0] || {}).tagName)
            && !(event.composedPath()[0] || {}).isContentEditable""";

    private final Span updated = new Span();
    private final Span waiting = new Span();
    private final DateTimeFormatter time;
    private final @Nullable Runnable show;
    private @Nullable DomListenerRegistration key;

    /** {@code show} is null for those who may follow the dialogue but not run it. */
    ReleaseBar(ZoneId zone, @Nullable Runnable show) {
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        this.show = show;
        addClassName("release-bar");
        updated.addClassName("release-updated");
        waiting.addClassName("release-waiting");
        Div status = new Div(updated, waiting);
        status.addClassName("release-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
        if (show != null) {
            Button button = new Button(getTranslation("live.release.show"), click -> show.run());
            button.addClassName("release-show");
            button.getElement().setAttribute("aria-keyshortcuts", ".");
            button.setTooltipText(getTranslation("live.release.showHint"));
            add(button);
        }
    }

    void show(LivePicture picture) {
        // Held (decision 0039): no time of a picture nobody sees; the reveal is on the projector page.
        updated.setText(picture.held() ? getTranslation("live.hold.announceHeld")
                : picture.releasedAt() == null ? getTranslation("live.release.none")
                : getTranslation("live.release.updated", time.format(picture.releasedAt())));
        waiting.setText(picture.waiting() == 0 ? "" : getTranslation("live.release.waiting", picture.waiting()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (show != null) {
            key = event.getUI().getElement().addEventListener("keydown", pressed -> show.run()).setFilter(SHOW_KEY);
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
