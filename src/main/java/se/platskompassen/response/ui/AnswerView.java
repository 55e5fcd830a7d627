package se.platskompassen.response.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.platskompassen.base.ui.ResidentPage;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.place.PlaceService;

/** Where a join code leads: the start of the dialogue, or a friendly word on why not. */
@Route("d/:code")
@AnonymousAllowed
class AnswerView extends ResidentPage implements BeforeEnterObserver, HasDynamicTitle {

    private final DialogueService dialogues;
    private final PlaceService places;
    private String title = "Platskompassen";

    AnswerView(DialogueService dialogues, PlaceService places) {
        this.dialogues = dialogues;
        this.places = places;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        dialogues.findByJoinCode(code).ifPresentOrElse(this::showDialogue, () -> showUnknown(code));
    }

    private void showDialogue(Dialogue dialogue) {
        String placeName = places.findForDialogue(dialogue.placeId()).map(p -> p.name()).orElse("");
        Availability availability = dialogues.availability(dialogue);
        title = placeName;
        H1 heading = new H1(placeName);
        Paragraph dialogueTitle = new Paragraph(dialogue.title());
        dialogueTitle.addClassName("lead");
        switch (availability) {
            case OPEN -> add(card(heading, dialogueTitle, new Paragraph(getTranslation("answer.coming"))));
            case NOT_YET_OPEN -> add(card(heading, dialogueTitle, notice("answer.notYetOpen")));
            case CLOSED -> add(card(heading, dialogueTitle, notice("answer.closed")));
        }
    }

    private void showUnknown(String code) {
        title = getTranslation("answer.unknown.title");
        Paragraph text = new Paragraph(getTranslation("answer.unknown.text", code));
        add(card(new H1(title), text, new Anchor("", getTranslation("answer.unknown.tryAgain"))));
    }

    private Paragraph notice(String key) {
        Paragraph notice = new Paragraph(getTranslation(key));
        notice.addClassName("notice");
        return notice;
    }

    @Override
    public String getPageTitle() {
        return title + " – Platskompassen";
    }
}
