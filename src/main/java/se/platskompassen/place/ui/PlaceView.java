package se.platskompassen.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.compass.ui.GroupCompass;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.ui.DialogueLinks;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.population.PopulationService;
import se.platskompassen.population.ui.PlacePopulationSection;
import se.platskompassen.response.ResponseService;

/**
 * One place: what it is, the compass of its latest dialogue, and its dialogues. Those who run
 * dialogues change, archive and restore the place here and start a new dialogue at it. Another
 * organisation's place, or one that does not exist, is not found.
 */
@Route(value = "places/:placeId", layout = MainLayout.class)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class PlaceView extends StaffPage implements BeforeEnterObserver {

    static final String PLACE_ID = "placeId";

    private final PlaceService places;
    private final DialogueService dialogues;
    private final ResponseService responses;
    private final GroupCompass groupCompass;
    private final AnalysisService analysis;
    private final boolean mayEdit;
    private final ZoneId zone;
    private final PopulationService population;
    private final Clock clock;

    PlaceView(PlaceService places, DialogueService dialogues, ResponseService responses, GroupCompass groupCompass,
            AnalysisService analysis, TenantAccess access, Clock clock, PopulationService population) {
        this.population = population;
        this.clock = clock;
        this.places = places;
        this.dialogues = dialogues;
        this.responses = responses;
        this.groupCompass = groupCompass;
        this.analysis = analysis;
        this.mayEdit = access.may(Permission.RUN_DIALOGUES);
        this.zone = clock.getZone();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        findOrNotFound(event, PLACE_ID, places::find).ifPresent(this::show);
    }

    /** Draws the whole page for a place; the same view shows another place when the address changes. */
    private void show(Place place) {
        clearContent();
        setHeading(place.name());
        Anchor back = new Anchor(PlaceLinks.places(), getTranslation("places.place.back"));
        back.addClassName("place-back");
        addContent(back);
        if (place.description() != null) {
            Paragraph description = new Paragraph(place.description());
            description.addClassName("place-description");
            addContent(description);
        }
        addContent(details(place));
        if (mayEdit) {
            addContent(actions(place));
        }
        List<Dialogue> atPlace = dialogues.findAtPlace(place.id());
        addContent(new H2(getTranslation("places.place.compass")),
                new LatestCompass(atPlace.isEmpty() ? null : atPlace.getFirst(), responses, groupCompass,
                        analysis.smallGroups()));
        addContent(new H2(getTranslation("places.place.dialogues")));
        if (mayEdit) {
            Button newDialogue = new Button(getTranslation("places.place.newDialogue"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(DialogueLinks.newDialogue(place.id()))));
            newDialogue.addThemeVariants(ButtonVariant.PRIMARY);
            newDialogue.addClassName("place-new-dialogue");
            addContent(newDialogue);
        }
        if (atPlace.isEmpty()) {
            addContent(new Paragraph(getTranslation("places.place.dialogues.none")));
        } else {
            addContent(new PlaceDialogues(atPlace, responses.countsOfMyDialogues()));
            addContent(new PlaceOverTime(analysis.history(place.id()), groupCompass.themeNames(this)));
        }
        addContent(new PlacePopulationSection(population, place.id(), mayEdit, clock));
    }


    private DescriptionList details(Place place) {
        DescriptionList details = new DescriptionList();
        details.addClassName("place-details");
        details.getElement().setAttribute("aria-label", getTranslation("places.place.details"));
        if (place.area() != null) {
            term(details, "places.place.area", place.area());
        }
        if (place.latitude() != null && place.longitude() != null) {
            term(details, "places.place.coordinates", place.latitude() + ", " + place.longitude());
        }
        term(details, "places.place.added", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(zone).format(place.createdAt()));
        term(details, "places.place.status",
                getTranslation(place.archived() ? "places.archived" : "places.place.inUse"));
        return details;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Div actions(Place place) {
        Button edit = new Button(getTranslation("places.place.edit"), VaadinIcon.EDIT.create(),
                click -> new PlaceForm(places, place, saved -> {
                    notifySuccess(getTranslation("places.form.saved", saved.name()));
                    show(saved);
                }).open());
        Button archive = new Button(getTranslation(place.archived() ? "places.place.restore" : "places.place.archive"),
                click -> confirmArchive(place, !place.archived()));
        Div actions = new Div(edit, archive);
        actions.addClassName("place-actions");
        return actions;
    }

    private void confirmArchive(Place place, boolean archive) {
        String key = archive ? "places.place.archive" : "places.place.restore";
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("place-confirm");
        confirm.setHeader(getTranslation(key + ".confirmTitle"));
        confirm.setText(getTranslation(key + ".confirmText", place.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("places.place.cancel"));
        confirm.setConfirmText(getTranslation(key + ".confirm"));
        confirm.addConfirmListener(event -> {
            places.setArchived(place.id(), archive);
            notifySuccess(getTranslation(archive ? "places.place.archived" : "places.place.restored", place.name()));
            places.find(place.id()).ifPresent(this::show);
        });
        confirm.open();
    }
}
