package se.platskompassen.population.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import se.platskompassen.compass.ui.GroupCompass;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.ui.DialoguePageSection;
import se.platskompassen.population.PopulationService;
import se.platskompassen.population.WhoAnswered;

/**
 * On a dialogue's page: who answered beside the place's population, and the compass weighted to
 * it. Without population figures for the place, a short note says where to add them.
 */
@org.springframework.stereotype.Component
class DialoguePopulationSection implements DialoguePageSection {

    private final PopulationService population;
    private final GroupCompass groupCompass;

    DialoguePopulationSection(PopulationService population, GroupCompass groupCompass) {
        this.population = population;
        this.groupCompass = groupCompass;
    }

    @Override
    public Position position() {
        return Position.UNDER_COMPASS;
    }

    @Override
    public Optional<Component> on(Dialogue dialogue) {
        Div section = new Div();
        section.addClassName("dialogue-population");
        section.add(new H2(section.getTranslation("population.title")));
        Optional<WhoAnswered> who = population.forDialogue(dialogue);
        if (who.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("population.dialogue.none")));
            return Optional.of(section);
        }
        section.add(new RepresentationTable(who.get().representation(), who.get().population()),
                new WeightedPanel(who.get(), groupCompass.themeNames(section),
                        section.getTranslation("population.weighted.chartTitle", dialogue.title())));
        return Optional.of(section);
    }
}
