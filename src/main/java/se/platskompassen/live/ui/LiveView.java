package se.platskompassen.live.ui;

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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.platskompassen.base.ui.CompassView;
import se.platskompassen.base.ui.GroupCompass;
import se.platskompassen.base.ui.JoinPanel;
import se.platskompassen.base.ui.PublicLinks;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceService;
import se.platskompassen.response.ResponseCounts;
import se.platskompassen.response.ResponseService;

/**
 * The projector during a workshop: the group's compass growing as people answer, how many have
 * started and finished, and while the dialogue is open the code and QR code to join. Large and
 * high in contrast; nothing on it says who answered what.
 */
@Route(value = "live/:code", autoLayout = false)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class LiveView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DialogueService dialogues;
    private final PlaceService places;
    private final ResponseService responses;
    private final DiscussionService discussions;
    private final GroupCompass groupCompass;
    private final PublicLinks links;
    private final LiveRefresh live;
    private final CompassView compass = new CompassView();
    private final Span started = new Span();
    private final Span completed = new Span();
    private final Div side = new Div();
    private final Div joinArea = new Div();
    private final Paragraph status = new Paragraph();
    private @Nullable Dialogue dialogue;
    private String placeName = "";

    LiveView(DialogueService dialogues, PlaceService places, ResponseService responses, DiscussionService discussions,
            GroupCompass groupCompass, PublicLinks links, LiveRefresh live) {
        this.dialogues = dialogues;
        this.places = places;
        this.responses = responses;
        this.discussions = discussions;
        this.groupCompass = groupCompass;
        this.links = links;
        this.live = live;
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
        Paragraph privacy = new Paragraph(getTranslation("live.minAnswers", groupCompass.minAnswers()));
        privacy.addClassName("projector-note");
        side.removeAll();
        side.add(status, counts, joinArea, privacy);
        side.addClassName("projector-side");
        compass.addClassName("projector-compass");
        Div body = new Div(compass, side);
        body.addClassName("projector-body");
        add(header, body);
    }

    private Div navigation(Dialogue shown) {
        Anchor back = new Anchor("dialogues/" + shown.id(), getTranslation("live.back"));
        Anchor discuss = new Anchor("live/" + shown.joinCode() + "/discuss", getTranslation("live.discuss"));
        Div navigation = new Div(back, discuss);
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
        ResponseCounts counts = responses.counts(current);
        started.setText(String.valueOf(counts.started()));
        completed.setText(String.valueOf(counts.completed()));
        compass.show(groupCompass.chart(this, responses.scoreCounts(current), discussions.of(current).agreedScores(),
                getTranslation("live.compassTitle", placeName)));
        boolean open = current.status() == DialogueStatus.OPEN;
        status.setText(getTranslation(open ? "live.open" : "live.notOpen"));
        status.getElement().setAttribute("data-status", current.status().name());
        if (open != (joinArea.getChildren().findAny().isPresent())) {
            joinArea.removeAll();
            if (open) {
                joinArea.add(JoinPanel.forProjector(current.joinCode(), links));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.pageTitle", placeName);
    }
}
