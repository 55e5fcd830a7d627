package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlacePageLink;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.LanguagePacks;

/** A facilitator prepares a new dialogue at a place; it starts as a draft with its own join code. */
@Route(value = "places/:placeId/new-dialogue", layout = MainLayout.class)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME})
class NewDialogueView extends StaffPage implements BeforeEnterObserver {

    private final DialogueService dialogues;
    private final PlaceService places;
    private final ZoneId zone;
    private final PlacePageLink placeLink;
    private final LanguagePacks packs;

    NewDialogueView(DialogueService dialogues, PlaceService places, Clock clock, PlacePageLink placeLink,
            LanguagePacks packs) {
        this.dialogues = dialogues;
        this.packs = packs;
        this.places = places;
        this.placeLink = placeLink;
        this.zone = clock.getZone();
        addClassName("new-dialogue-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        findOrNotFound(event, "placeId", places::find).ifPresent(this::show);
    }

    private void show(Place place) {
        clearContent();
        setHeading(getTranslation("dialogue.new.title", place.name()));
        DialogueForm form = new DialogueForm(zone, packs);
        Button create = new Button(getTranslation("dialogue.new.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(click -> {
            Optional<DialogueSettings> settings = form.read();
            if (settings.isEmpty()) {
                create.setEnabled(true);
                return;
            }
            Dialogue created = dialogues.create(place.id(), settings.get());
            notifySuccess(getTranslation("dialogue.new.created", created.joinCode()));
            getUI().ifPresent(ui -> ui.navigate(DialogueLinks.dialogue(created.id())));
        });
        Anchor cancel = new Anchor(placeLink.toPlace(place.id()), getTranslation("common.cancel"));
        cancel.addClassName("toolbar-link");
        Div actions = new Div(create, cancel);
        actions.addClassName("dialogue-toolbar");
        addContent(form, actions);
    }
}
