package se.platskompassen.paper.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.paper.PaperCodes;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;

/**
 * The codes a typist may type, as the printed form shows them beside its boxes: the scale, the
 * skip, and the numbered choices of each background question of this dialogue.
 */
final class CodeLegend extends Div {

    CodeLegend(Dialogue shown, QuestionnaireTexts texts) {
        addClassName("paper-legend");
        Version version = shown.version();
        Scale scale = version.scale();
        UnorderedList items = new UnorderedList();
        if (texts.steps().isEmpty()) {
            items.add(new ListItem(getTranslation("paper.legend.score", scale.min(), scale.max(), texts.scaleLow(),
                    texts.scaleHigh())));
        } else {
            items.add(new ListItem(getTranslation("paper.legend.steps", numbered(texts.steps(), Function.identity()))));
        }
        items.add(new ListItem(getTranslation("paper.legend.skip")));
        if (shown.climateLens()) {
            items.add(new ListItem(getTranslation("paper.legend.climate")));
        }
        String suffix = version == Version.BARN ? ".child" : "";
        if (!AgeBand.askedIn(version).isEmpty()) {
            items.add(choice("paper.entry.age", numbered(AgeBand.askedIn(version),
                    band -> getTranslation("age." + band.name()))));
        }
        items.add(choice("paper.entry.gender", numbered(PaperCodes.genders(),
                gender -> getTranslation("gender" + suffix + "." + gender.name()))));
        items.add(choice("paper.entry.relation", numbered(PaperCodes.relations(),
                relation -> getTranslation("relation" + suffix + "." + relation.name()))));
        if (!shown.areaChoices().isEmpty()) {
            items.add(choice("paper.entry.area", numbered(shown.areaChoices(), Function.identity())));
        }
        add(new Span(getTranslation("paper.legend.title")), items);
    }

    private ListItem choice(String labelKey, String codes) {
        return new ListItem(getTranslation("paper.legend.choice", getTranslation(labelKey), codes));
    }

    private static <T> String numbered(List<T> choices, Function<T, String> label) {
        return IntStream.range(0, choices.size())
                .mapToObj(i -> PaperCodes.code(i) + " = " + label.apply(choices.get(i)))
                .collect(Collectors.joining(", "));
    }
}
