package se.platskompassen.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.SmallGroups;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.compass.ui.GroupCompass;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.response.ResponseService;

/**
 * The organisation's places as cards, each with a small compass of its latest dialogue. Those
 * who run dialogues add places here; analysts read.
 */
@Route(value = "places", layout = MainLayout.class)
@Menu(order = 20, title = "nav.places", icon = "vaadin:map-marker")
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class PlacesView extends StaffPage {

    private final PlaceService places;
    private final DialogueService dialogues;
    private final ResponseService responses;
    private final GroupCompass groupCompass;
    private final AnalysisService analysis;
    private final boolean mayEdit;
    private final ZoneId zone;
    private final Checkbox showArchived = new Checkbox();
    private final UnorderedList cards = new UnorderedList();
    private final Div empty = new Div();

    PlacesView(PlaceService places, DialogueService dialogues, ResponseService responses,
            GroupCompass groupCompass, AnalysisService analysis, TenantAccess access, Clock clock) {
        this.places = places;
        this.dialogues = dialogues;
        this.responses = responses;
        this.groupCompass = groupCompass;
        this.analysis = analysis;
        this.mayEdit = access.may(Permission.RUN_DIALOGUES);
        this.zone = clock.getZone();
        setHeading(getTranslation("places.title"));
        setLead(getTranslation("places.lead"));

        Div toolbar = new Div();
        toolbar.addClassName("places-toolbar");
        if (mayEdit) {
            Button add = new Button(getTranslation("places.new"), VaadinIcon.PLUS.create(), click -> newPlace());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(add);
        }
        showArchived.setLabel(getTranslation("places.showArchived"));
        showArchived.addValueChangeListener(change -> refresh());
        toolbar.add(showArchived);

        cards.addClassName("place-cards");
        cards.getElement().setAttribute("aria-label", getTranslation("places.list"));
        empty.addClassName("places-empty");
        addContent(toolbar, cards, empty);
        refresh();
    }

    private void newPlace() {
        new PlaceForm(places, null, place -> {
            notifySuccess(getTranslation("places.form.created", place.name()));
            refresh();
        }).open();
    }

    /** Redraws the cards: the latest dialogue of every place and all their counts come in one go each. */
    private void refresh() {
        List<Place> shown = showArchived.getValue() ? places.findAll() : places.findActive();
        Map<Long, Dialogue> latest = dialogues.latestByPlace();
        Map<Long, ScoreCounts> counts = responses.scoreCounts(latest.values());
        SmallGroups rule = analysis.smallGroups();
        cards.removeAll();
        for (Place place : shown) {
            Dialogue dialogue = latest.get(place.id());
            ScoreCounts scores = dialogue == null || !counts.containsKey(dialogue.id()) ? null
                    : rule.protect(groupCompass.shown(counts.get(dialogue.id()))).counts();
            cards.add(new ListItem(new PlaceCard(place, dialogue, scores, zone)));
        }
        cards.setVisible(!shown.isEmpty());
        empty.removeAll();
        empty.setVisible(shown.isEmpty());
        if (shown.isEmpty()) {
            empty.add(new Paragraph(getTranslation("places.empty")),
                    new Paragraph(getTranslation(mayEdit ? "places.empty.create" : "places.empty.readOnly")));
        }
    }
}
