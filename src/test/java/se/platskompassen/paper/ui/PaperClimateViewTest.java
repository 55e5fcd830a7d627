package se.platskompassen.paper.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.PdfGlyphs;
import se.platskompassen.testing.Tenants;

/** The paper page of a dialogue with the Climate Lens: a climate cell after each theme's score, and the lens on the form. */
class PaperClimateViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired QuestionnaireCatalog questionnaires;
    @Autowired ClimateModules modules;
    @Autowired JdbcClient jdbc;

    private Dialogue paperPageOf(Version version, boolean lens) {
        Dialogue dialogue = tenants.newDialogue(version);
        if (lens) {
            dialogue = dialogues.update(dialogue.id(), dialogue.settings().withClimateLens(true));
        }
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        navigate("dialogues/" + dialogue.id() + "/paper");
        return dialogue;
    }

    private String themeName(Version version, Theme theme) {
        return questionnaires.current(version).text(theme, Language.SV).name();
    }

    private static TextField cell(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static List<TextField> climateCells() {
        return _find(TextField.class, spec -> spec.withClasses("paper-climate"));
    }

    @Test
    void a_lens_dialogue_has_a_labelled_climate_cell_after_each_themes_score_and_saves_what_is_typed() {
        Dialogue dialogue = paperPageOf(Version.VUXEN, true);
        String natural = themeName(Version.VUXEN, Theme.NATURAL_SPACE);

        assertThat(climateCells()).hasSize(Theme.COUNT);
        assertThat(climateCells()).allSatisfy(field -> assertThat(field.getLabel()).endsWith(": klimat"));
        assertThat(_find(ListItem.class)).anySatisfy(item -> assertThat(item.getText()).startsWith("Klimatlinsen:"));
        _setValue(cell("Blankett nr"), "8");
        _setValue(cell(natural), "4");
        _setValue(cell(natural + ": klimat"), "6");
        ShortcutsKt._fireShortcut(_get(Div.class, spec -> spec.withClasses("paper-row")), Key.ENTER);

        assertThat(_get(Span.class, spec -> spec.withClasses("paper-status")).getText())
                .isEqualTo("Blankett 8 är sparad.");
        UUID saved = jdbc.sql("SELECT id FROM response WHERE dialogue_id = :d").param("d", dialogue.id())
                .query(UUID.class).single();
        Map<String, Object> row = jdbc.sql("SELECT score, module_id FROM climate_answer WHERE response_id = :id "
                + "AND theme_code = 'NATURAL_SPACE'").param("id", saved).query().singleRow();
        assertThat(((Number) row.get("score")).intValue()).isEqualTo(6);
        assertThat(row.get("module_id")).isEqualTo(modules.current(Version.VUXEN).id());
        @SuppressWarnings("unchecked")
        Grid<SavedForm> list = _get(Grid.class, spec -> spec.withClasses("paper-saved"));
        assertThat(list.getColumns().get(1).getHeaderText()).contains("klimatfrågan");
        assertThat(GridKt._getFormattedRow(list, 0)).contains("- - - - 4 - - - - - - - - - | - - - - 6 - - - - - - - - -");
    }

    @Test
    void a_climate_digit_off_the_scale_is_marked_with_the_theme_scores_message_and_nothing_is_saved() {
        Dialogue dialogue = paperPageOf(Version.BARN, true);
        TextField wrong = cell(themeName(Version.BARN, Theme.PLAY_RECREATION) + ": klimat");
        _setValue(cell("Blankett nr"), "2");
        _setValue(wrong, "4");

        assertThat(wrong.isInvalid()).isTrue();
        assertThat(wrong.getErrorMessage()).isEqualTo("Skriv 1–3, eller - om frågan är överhoppad.");
        ShortcutsKt._fireShortcut(_get(Div.class, spec -> spec.withClasses("paper-row")), Key.ENTER);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM response WHERE dialogue_id = :d").param("d", dialogue.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_dialogue_without_the_lens_has_no_climate_cells_and_its_form_no_climate_question() throws IOException {
        paperPageOf(Version.VUXEN, false);

        assertThat(climateCells()).isEmpty();
        assertThat(formText()).doesNotContain(PdfGlyphs.comparable(
                modules.current(Version.VUXEN).text(Theme.NATURAL_SPACE, Language.SV).question()));
    }

    @Test
    void the_form_of_a_lens_dialogue_carries_its_climate_questions() throws IOException {
        paperPageOf(Version.VUXEN, true);

        assertThat(formText()).contains(PdfGlyphs.comparable(
                modules.current(Version.VUXEN).text(Theme.NATURAL_SPACE, Language.SV).question()));
    }

    private static String formText() throws IOException {
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("paper-download"));
        return PdfGlyphs.comparable(PdfGlyphs.of(DownloadKt._download(link)).text());
    }
}
