package se.platskompassen.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.compass.ui.GroupCompass;
import se.platskompassen.dialogue.ui.DialogueLinks;
import se.platskompassen.dialogue.ui.JoinPanel;
import se.platskompassen.base.ui.PublicLinks;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.live.LivePicture;
import se.platskompassen.live.LiveRelease;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.PlaceService;

/**
 * The projector during a workshop: the group's compass growing as people answer, how many have
 * started and finished, and while the dialogue is open the code and QR code to join. Large and
 * high in contrast; nothing on it says who answered what: the counts follow every save, the
 * compass changes only by batches that {@link LiveRelease} lets go. The facilitator may hold the
 * picture back until everyone has answered ({@link HoldPanel}, decision 0039).
 */
@Route(value = "live/:code", autoLayout = false)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class LiveView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DialogueService dialogues;
    private final PlaceService places;
    private final LiveRelease release;
    private final DiscussionService discussions;
    private final GroupCompass groupCompass;
    private final PublicLinks links;
    private final LiveRefresh live;
    private final ReleaseBar releaseBar;
    private final HoldPanel holdPanel;
    private final Div body = new Div();
    private final CompassView compass = CompassView.forProjector();
    private final Span started = new Span();
    private final Span completed = new Span();
    private final Div side = new Div();
    private final Div joinArea = new Div();
    private final Paragraph status = new Paragraph();
    private @Nullable Dialogue dialogue;
    private String placeName = "";

    LiveView(DialogueService dialogues, PlaceService places, LiveRelease release, DiscussionService discussions,
            GroupCompass groupCompass, PublicLinks links, LiveRefresh live, TenantAccess access, Clock clock) {
        this.dialogues = dialogues;
        this.places = places;
        this.release = release;
        this.discussions = discussions;
        this.groupCompass = groupCompass;
        this.links = links;
        this.live = live;
        boolean mayRun = access.may(Permission.RUN_DIALOGUES);
        this.releaseBar = new ReleaseBar(clock.getZone(), mayRun ? this::showNow : null);
        this.holdPanel = new HoldPanel(mayRun ? this::hold : null, mayRun ? this::reveal : null);
        addClassNames("projector", "live-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Dialogue> found = dialogues.findOwnByJoinCode(event.getRouteParameters().get("code").orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        boolean followed = dialogue != null && dialogue.id() == found.get().id();
        dialogue = found.get();
        placeName = places.find(dialogue.placeId()).map(place -> place.name()).orElse("");
        layOut(dialogue);
        refresh();
        if (!followed) {
            live.follow(this, dialogue.id(), this::refresh);
        }
    }

    private void layOut(Dialogue shown) {
        removeAll();
        H1 title = new H1(placeName);
        Paragraph subtitle = new Paragraph(shown.title());
        subtitle.addClassName("projector-subtitle");
        Div header = new Div(new Div(title, subtitle), navigation(shown));
        header.addClassName("projector-header");
        status.addClassName("projector-status");
        started.addClassName("count-value");
        completed.addClassName("count-value");
        Div counts = new Div(count(started, "live.started"), count(completed, "live.completed"));
        counts.addClassName("projector-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        Paragraph privacy = new Paragraph(getTranslation("live.minAnswers", groupCompass.minAnswers()) + " "
                + getTranslation("live.release.rule", release.minAnswers()));
        privacy.addClassName("projector-note");
        side.removeAll();
        // Made here, while the staff member's request is at hand: a refresh by push has no request
        // to tell the address the browser used, and the QR code would fall back to localhost.
        joinArea.removeAll();
        joinArea.add(JoinPanel.forProjector(shown.joinCode(), links));
        side.add(status, counts, releaseBar, joinArea, privacy, holdPanel.announcer());
        side.addClassName("projector-side");
        compass.addClassName("projector-compass");
        body.removeAll();
        body.add(holdPanel.held() ? holdPanel : compass, side);
        body.addClassName("projector-body");
        add(header, body);
    }

    private Div navigation(Dialogue shown) {
        Anchor back = new Anchor(DialogueLinks.dialogue(shown.id()), getTranslation("live.back"));
        Anchor discuss = new Anchor(LiveLinks.discuss(shown.joinCode()), getTranslation("live.discuss"));
        Div navigation = new Div(back, discuss);
        if (holdPanel.holdButton() != null) {
            navigation.add(holdPanel.holdButton());
        }
        navigation.addClassName("projector-nav");
        return navigation;
    }

    private Div count(Span value, String labelKey) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("count-label");
        Div count = new Div(value, label);
        count.addClassName("projector-count");
        return count;
    }

    /** Reads everything again: called on entry and on every change pushed from any instance. */
    private void refresh() {
        if (dialogue == null) {
            return;
        }
        Dialogue current = dialogues.find(dialogue.id()).orElse(dialogue);
        show(current, release.picture(current));
    }

    private void showNow() {
        if (dialogue != null) {
            Dialogue current = dialogues.find(dialogue.id()).orElse(dialogue);
            show(current, release.show(current));
        }
    }

    private void hold() {
        if (dialogue != null) {
            Dialogue current = dialogues.find(dialogue.id()).orElse(dialogue);
            show(current, release.hold(current));
        }
    }

    private void reveal() {
        if (dialogue != null) {
            Dialogue current = dialogues.find(dialogue.id()).orElse(dialogue);
            show(current, release.reveal(current));
        }
    }

    private void show(Dialogue current, LivePicture picture) {
        started.setText(String.valueOf(picture.counts().started()));
        completed.setText(String.valueOf(picture.counts().completed()));
        releaseBar.show(picture);
        releaseBar.setVisible(!picture.held());
        holdPanel.show(picture.held());
        // Held: the compass leaves the page (not just the sight), so that no figure of it is there.
        Component wanted = picture.held() ? holdPanel : compass;
        if (wanted.getParent().isEmpty()) {
            body.replace(picture.held() ? compass : holdPanel, wanted);
        }
        if (!picture.held()) {
            CompassChart chart = groupCompass.chart(this, picture.scores(), discussions.of(current).agreedScores(),
                    getTranslation("live.compassTitle", placeName));
            ScoreCounts climate = picture.climate();
            compass.show(climate == null ? chart : groupCompass.withClimate(this, chart, climate));
        }
        boolean open = current.status() == DialogueStatus.OPEN;
        status.setText(getTranslation(open ? "live.open" : "live.notOpen"));
        status.getElement().setAttribute("data-status", current.status().name());
        joinArea.setVisible(open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.pageTitle", placeName);
    }
}
