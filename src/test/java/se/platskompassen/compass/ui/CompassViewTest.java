package se.platskompassen.compass.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.compass.CompassAxis;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassImages;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.KaribuTest;

class CompassViewTest extends KaribuTest {

    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired QuestionnaireCatalog questionnaires;

    private CompassChart demoCompass(String code, CompassView in) {
        Dialogue dialogue = dialogues.findByJoinCode(code).orElseThrow();
        GroupFigures figures = Figures.of(responses.scoreCounts(dialogue));
        List<String> names = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            names.add(questionnaires.current(dialogue.version()).text(theme, Language.SV).name());
        }
        return new CompassChart(CompassAxis.of(dialogue.version().scale()), names,
                List.of(CompassSeries.group(dialogue.title(), figures)), CompassView.words(in, dialogue.title()));
    }

    @BeforeEach
    void signInAsAnalyst() {
        signInAs("kommun-analytiker");
    }

    @Test
    void a_demo_dialogues_group_compass_is_shown_with_its_values_as_a_table() throws Exception {
        CompassView view = new CompassView();
        UI.getCurrent().add(view);
        CompassChart chart = demoCompass("DEMO-VUXEN", view);
        view.show(chart);

        Svg svg = (Svg) view.getContent().getChildren().filter(c -> c instanceof Svg).findFirst().orElseThrow();
        assertThat(svg.getElement().getProperty("innerHTML")).startsWith("<svg").contains("<title>Norrbacka 2.0 – vuxna");
        Button toggle = _get(view, Button.class, spec -> spec.withText("Visa värdena som tabell"));
        _click(toggle);
        assertThat(toggle.getText()).isEqualTo("Dölj tabellen");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        List<NativeTableRow> rows = _find(view, NativeTableRow.class);
        assertThat(rows).hasSize(1 + Theme.COUNT);
        NativeTableRow safety = rows.get(1 + Theme.FEELING_SAFE.ordinal());
        ThemeFigures expected = Figures.of(responses.scoreCounts(dialogues.findByJoinCode("DEMO-VUXEN").orElseThrow()))
                .theme(Theme.FEELING_SAFE);
        assertThat(safety.getHeaderCells().getFirst().getText()).isEqualTo("Trygghet");
        assertThat(safety.getDataCells().getFirst().getText()).isEqualTo(
                Figures.format(expected.median(), UI.getCurrent().getLocale()) + " (mittersta hälften "
                        + Figures.format(expected.lowerQuartile(), UI.getCurrent().getLocale()) + "–"
                        + Figures.format(expected.upperQuartile(), UI.getCurrent().getLocale()) + ", " + expected.answered()
                        + " svar)");
    }

    @Test
    void the_charts_accessible_name_holds_the_values_and_the_table_is_never_folded_away_from_screen_readers() {
        CompassView view = new CompassView();
        UI.getCurrent().add(view);
        view.show(demoCompass("DEMO-VUXEN", view));

        ThemeFigures safety = Figures.of(responses.scoreCounts(dialogues.findByJoinCode("DEMO-VUXEN").orElseThrow()))
                .theme(Theme.FEELING_SAFE);
        List<String> images = _find(view, Div.class).stream().filter(div -> div.hasClassName("compass-image"))
                .map(div -> div.getElement().getProperty("innerHTML")).collect(Collectors.toList());
        images.add(_get(view, Svg.class).getElement().getProperty("innerHTML"));
        assertThat(images).hasSize(2).allSatisfy(image -> assertThat(image)
                .contains("aria-label=\"Norrbacka 2.0 – vuxna: ")
                .contains("Trygghet " + Figures.format(safety.median(), UI.getCurrent().getLocale())));
        assertThat(_find(view, Details.class)).as("a folded Details hides its content from screen readers").isEmpty();
        assertThat(_find(view, NativeTableRow.class)).hasSize(1 + Theme.COUNT);
    }

    @Test
    void the_demo_dialogues_compasses_are_written_to_the_gallery() throws Exception {
        CompassView view = new CompassView();
        Path gallery = Files.createDirectories(Path.of("target", "compass-gallery"));
        for (String code : List.of("DEMO-VUXEN", "DEMO-UNGDOM", "DEMO-BARN")) {
            byte[] png = CompassImages.png(demoCompass(code, view), 2);
            Files.write(gallery.resolve("demo-" + code.toLowerCase() + ".png"), png);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        }
    }
}
