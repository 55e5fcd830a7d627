package se.platskompassen.population.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Clock;
import java.util.Optional;
import se.platskompassen.population.PlacePopulation;
import se.platskompassen.population.PopulationService;
import se.platskompassen.population.WhoAnswered;

/**
 * The place page's "who answered, and who did not": the place's population, its respondents
 * beside it, and for those who run dialogues the way to type in or import the figures.
 */
public class PlacePopulationSection extends Div {

    private final PopulationService population;
    private final long placeId;
    private final boolean mayEdit;
    private final Clock clock;

    public PlacePopulationSection(PopulationService population, long placeId, boolean mayEdit, Clock clock) {
        this.population = population;
        this.placeId = placeId;
        this.mayEdit = mayEdit;
        this.clock = clock;
        addClassName("place-population");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("population.title")));
        Optional<PlacePopulation> figures = population.of(placeId);
        if (figures.isEmpty()) {
            add(new Paragraph(getTranslation("population.none")));
        } else {
            Optional<WhoAnswered> who = population.forPlace(placeId);
            if (who.isPresent()) {
                add(new Paragraph(getTranslation("population.place.lead")),
                        new RepresentationTable(who.get().representation(), figures.get()));
            } else {
                add(new Paragraph(getTranslation("population.source", figures.get().year(),
                        figures.get().source() == null ? getTranslation("population.source.none")
                                : figures.get().source())),
                        new Paragraph(getTranslation("population.place.noDialogues")));
            }
        }
        if (mayEdit) {
            Button edit = new Button(getTranslation(figures.isEmpty() ? "population.add" : "population.change"),
                    VaadinIcon.USERS.create(), click -> new PopulationEditor(figures.orElse(null), clock,
                            (saved, imported) -> {
                                population.save(placeId, saved, imported);
                                Notification.show(getTranslation("population.saved", saved.year()))
                                        .addThemeVariants(NotificationVariant.SUCCESS);
                                show();
                            }).open());
            edit.addClassName("population-edit");
            add(edit);
        }
    }
}
