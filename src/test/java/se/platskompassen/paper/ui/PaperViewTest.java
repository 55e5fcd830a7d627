package se.platskompassen.paper.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.Answer;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.PdfGlyphs;
import se.platskompassen.testing.Tenants;

/** Typing paper forms in: one row per form, Tab from cell to cell, Enter to save. */
class PaperViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired QuestionnaireCatalog questionnaires;
    @Autowired JdbcClient jdbc;

    /** A fresh organisation with an open dialogue of this version, and one of its facilitators signed in on its paper page. */
    private Dialogue paperPageOf(Version version) {
        Dialogue dialogue = tenants.newDialogue(version);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        navigate("dialogues/" + dialogue.id() + "/paper");
        return dialogue;
    }

    private String themeName(Version version, Theme theme) {
        return questionnaires.current(version).text(theme, Language.of(UI.getCurrent().getLocale())).name();
    }

    private static TextField cell(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static void type(String label, String value) {
        _setValue(cell(label), value);
    }

    private void score(Version version, Theme theme, String value) {
        type(themeName(version, theme), value);
    }

    private static void enter() {
        ShortcutsKt._fireShortcut(_get(Div.class, spec -> spec.withClasses("paper-row")), Key.ENTER);
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withClasses("paper-status")).getText();
    }

    private List<UUID> paperResponses(Dialogue dialogue) {
        return jdbc.sql("SELECT id FROM response WHERE dialogue_id = :d AND collection_mode = 'PAPER'")
                .param("d", dialogue.id()).query(UUID.class).list();
    }

    @Test
    void a_dialogue_in_every_language_offers_a_form_in_each_named_in_words() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        dialogues.update(dialogue.id(), new DialogueSettings(dialogue.title(), null, Version.VUXEN,
                EnumSet.allOf(Language.class), DialogueKind.BOTH, null, null, List.of()));
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        navigate("dialogues/" + dialogue.id() + "/paper");

        List<String> links = _find(Anchor.class, spec -> spec.withClasses("paper-download")).stream()
                .map(Anchor::getText).toList();
        assertThat(links).hasSize(Language.values().length).contains("Ladda ner blanketten på arabiska (A4, PDF)",
                "Ladda ner blanketten på tigrinja (A4, PDF)", "Ladda ner blanketten på lättläst svenska (A4, PDF)");
        assertThat(links).noneMatch(link -> link.contains("paper.language") || link.contains("!{"));
    }

    @Test
    void a_form_in_arabic_prints_the_address_of_the_results_page_in_arabic_and_one_in_swedish_without_a_language()
            throws IOException {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        dialogues.update(dialogue.id(), new DialogueSettings(dialogue.title(), null, Version.VUXEN,
                EnumSet.of(Language.SV, Language.AR), DialogueKind.BOTH, null, null, List.of()));
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        navigate("dialogues/" + dialogue.id() + "/paper");

        String results = "/r/" + dialogue.joinCode();
        assertThat(formText("arabiska")).contains(results + "?lang=ar");
        assertThat(formText("svenska")).contains(results).doesNotContain(results + "?lang=");
    }

    private static String formText(String language) throws IOException {
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("paper-download")
                .withText("Ladda ner blanketten på " + language + " (A4, PDF)"));
        return PdfGlyphs.of(DownloadKt._download(link)).text();
    }

    @Test
    void a_row_typed_and_saved_with_enter_becomes_a_paper_response_with_its_scores_and_background() {
        Dialogue dialogue = paperPageOf(Version.VUXEN);
        assertThat(_get(H1.class).getText()).contains(dialogue.title());
        assertThat(_find(Anchor.class, spec -> spec.withText("Ladda ner blanketten på svenska (A4, PDF)"))).hasSize(1);

        type("Blankett nr", "17");
        type("Ålder", "2");
        type("Kön", "-");
        type("Relation", "1");
        score(Version.VUXEN, Theme.MOVING_AROUND, "6");
        score(Version.VUXEN, Theme.PUBLIC_TRANSPORT, "0");
        score(Version.VUXEN, Theme.FEELING_SAFE, "2");
        type(themeName(Version.VUXEN, Theme.FEELING_SAFE) + ": kan bli bättre", "Mer ljus vid tunneln");
        enter();

        assertThat(status()).isEqualTo("Blankett 17 är sparad.");
        List<UUID> saved = paperResponses(dialogue);
        assertThat(saved).hasSize(1);
        assertThat(jdbc.sql("SELECT age_band, gender, relation, completed_at IS NOT NULL AS done FROM response "
                + "WHERE id = :id").param("id", saved.getFirst()).query().singleRow())
                .containsEntry("age_band", "AGE_18_29").containsEntry("gender", null).containsEntry("relation", "LIVE")
                .containsEntry("done", true);
        List<Answer> answers = responses.answersOf(saved.getFirst());
        assertThat(answers).hasSize(Theme.COUNT);
        assertThat(answer(answers, Theme.MOVING_AROUND).score()).isEqualTo(6);
        assertThat(answer(answers, Theme.PUBLIC_TRANSPORT).skipped()).isTrue();
        assertThat(answer(answers, Theme.FEELING_SAFE).score()).isEqualTo(2);
        assertThat(answer(answers, Theme.FEELING_SAFE).couldBeBetter()).isEqualTo("Mer ljus vid tunneln");

        // The row is empty again for the next form, and the saved one is listed
        assertThat(cell("Blankett nr").getValue()).isEmpty();
        assertThat(cell(themeName(Version.VUXEN, Theme.MOVING_AROUND)).getValue()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<SavedForm> list = _get(Grid.class, spec -> spec.withClasses("paper-saved"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list, 0)).contains("17", "6 - - - - - - - - - - 2 - -", "2 - 1");
    }

    private static Answer answer(List<Answer> answers, Theme theme) {
        return answers.stream().filter(a -> a.themeCode().equals(theme.code())).findFirst().orElseThrow();
    }

    @Test
    void a_digit_off_the_scale_is_marked_at_once_and_the_row_is_kept_unsaved() {
        Dialogue dialogue = paperPageOf(Version.VUXEN);
        type("Blankett nr", "3");
        score(Version.VUXEN, Theme.MOVING_AROUND, "5");
        score(Version.VUXEN, Theme.NATURAL_SPACE, "8");

        TextField wrong = cell(themeName(Version.VUXEN, Theme.NATURAL_SPACE));
        assertThat(wrong.isInvalid()).isTrue();
        assertThat(wrong.getErrorMessage()).isEqualTo("Skriv 1–7, eller - om frågan är överhoppad.");
        assertThat(cell(themeName(Version.VUXEN, Theme.MOVING_AROUND)).isInvalid()).isFalse();

        type("Kön", "4");
        assertThat(cell("Kön").getErrorMessage()).isEqualTo("Skriv en kod från 1 till 3, eller - för ”vill inte svara”.");

        enter();
        assertThat(paperResponses(dialogue)).isEmpty();
        assertThat(status()).startsWith("Rätta de markerade rutorna.");
        assertThat(wrong.getValue()).isEqualTo("8");
        assertThat(cell("Blankett nr").getValue()).isEqualTo("3");
        assertThat(cell(themeName(Version.VUXEN, Theme.MOVING_AROUND)).getValue()).isEqualTo("5");

        // Corrected, the same row saves
        _setValue(wrong, "7");
        type("Kön", "");
        assertThat(wrong.isInvalid()).isFalse();
        enter();
        assertThat(paperResponses(dialogue)).hasSize(1);
    }

    @Test
    void the_child_scale_takes_1_to_3_and_refuses_4() {
        Dialogue dialogue = paperPageOf(Version.BARN);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Ålder"))).as("no age question for children").isEmpty();
        type("Blankett nr", "1");
        score(Version.BARN, Theme.PLAY_RECREATION, "4");
        assertThat(cell(themeName(Version.BARN, Theme.PLAY_RECREATION)).getErrorMessage())
                .isEqualTo("Skriv 1–3, eller - om frågan är överhoppad.");
        enter();
        assertThat(paperResponses(dialogue)).isEmpty();

        score(Version.BARN, Theme.PLAY_RECREATION, "3");
        enter();
        assertThat(paperResponses(dialogue)).singleElement()
                .satisfies(id -> assertThat(answer(responses.answersOf(id), Theme.PLAY_RECREATION).score()).isEqualTo(3));
    }

    @Test
    void the_messages_are_in_the_language_of_the_page() {
        Dialogue dialogue = tenants.newDialogue(Version.UNGDOM);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("dialogues/" + dialogue.id() + "/paper");

        type("Form no.", "5");
        score(Version.UNGDOM, Theme.HOUSING_COMMUNITY, "9");
        assertThat(cell(themeName(Version.UNGDOM, Theme.HOUSING_COMMUNITY)).getErrorMessage())
                .isEqualTo("Type 1–7, or - if the question was skipped.");
        enter();
        assertThat(status()).startsWith("Correct the marked cells.");
        assertThat(paperResponses(dialogue)).isEmpty();
    }

    @Test
    void enter_twice_or_a_double_click_on_save_adds_one_response() {
        Dialogue dialogue = paperPageOf(Version.VUXEN);
        type("Blankett nr", "1");
        score(Version.VUXEN, Theme.SOCIAL_CONTACT, "4");
        enter();
        enter();
        assertThat(paperResponses(dialogue)).hasSize(1);

        type("Blankett nr", "2");
        score(Version.VUXEN, Theme.SOCIAL_CONTACT, "5");
        Button save = _get(Button.class, spec -> spec.withText("Spara raden (Enter)"));
        _click(save);
        _click(save);
        assertThat(paperResponses(dialogue)).hasSize(2);
        assertThat(status()).isEqualTo("Blankett 2 är sparad.");
    }

    @Test
    void a_form_number_already_typed_in_is_refused_so_that_a_form_is_not_entered_twice() {
        Dialogue dialogue = paperPageOf(Version.VUXEN);
        type("Blankett nr", "9");
        score(Version.VUXEN, Theme.WORK_ECONOMY, "3");
        enter();

        type("Blankett nr", "9");
        score(Version.VUXEN, Theme.WORK_ECONOMY, "3");
        enter();

        assertThat(paperResponses(dialogue)).hasSize(1);
        assertThat(cell("Blankett nr").getErrorMessage()).startsWith("Blankett 9 är redan inskriven");
        assertThat(status()).startsWith("Blankett 9 är redan inskriven för den här dialogen");
        assertThat(cell(themeName(Version.VUXEN, Theme.WORK_ECONOMY)).getValue()).isEqualTo("3");
    }

    @Test
    void a_form_number_typed_in_on_an_earlier_visit_is_refused_too() {
        Dialogue dialogue = paperPageOf(Version.VUXEN);
        type("Blankett nr", "31");
        score(Version.VUXEN, Theme.WORK_ECONOMY, "3");
        enter();

        navigate("dialogues/" + dialogue.id());
        navigate("dialogues/" + dialogue.id() + "/paper");
        type("Blankett nr", "31");
        score(Version.VUXEN, Theme.WORK_ECONOMY, "6");
        enter();

        assertThat(paperResponses(dialogue)).hasSize(1);
        assertThat(cell("Blankett nr").getErrorMessage()).startsWith("Blankett 31 är redan inskriven för den här dialogen");
        assertThat(status()).startsWith("Blankett 31 är redan inskriven för den här dialogen");
        assertThat(cell(themeName(Version.VUXEN, Theme.WORK_ECONOMY)).getValue()).isEqualTo("6");
    }

    @Test
    void an_empty_form_is_not_saved_and_an_empty_row_ignores_enter() {
        Dialogue dialogue = paperPageOf(Version.VUXEN);
        enter();
        assertThat(status()).isEmpty();

        type("Blankett nr", "4");
        enter();
        assertThat(status()).isEqualTo("Blanketten har inga svar. En tom blankett sparas inte.");
        assertThat(paperResponses(dialogue)).isEmpty();
    }

    @Test
    void a_closed_dialogue_still_takes_the_paper_forms_that_arrive_after_the_workshop() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        dialogues.close(dialogue.id());
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        navigate("dialogues/" + dialogue.id() + "/paper");

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("paper-notice")))
                .hasSize(1);
        type("Blankett nr", "1");
        score(Version.VUXEN, Theme.CARE_MAINTENANCE, "1");
        enter();
        assertThat(paperResponses(dialogue)).hasSize(1);
    }

    @Test
    void every_cell_is_labelled_and_the_codes_are_explained() {
        paperPageOf(Version.VUXEN);
        for (Theme theme : Theme.values()) {
            assertThat(_find(TextField.class, spec -> spec.withLabel(themeName(Version.VUXEN, theme)))).hasSize(1);
        }
        assertThat(_find(TextField.class)).allSatisfy(field -> assertThat(field.getLabel()).isNotBlank());
        String legend = _get(Div.class, spec -> spec.withClasses("paper-legend")).getElement().getTextRecursively();
        assertThat(legend).contains("1–7", "Tom ruta, - eller 0", "Ålder: 1 = 13–17 år", "Kön: 1 = Kvinna");
    }

    @Test
    void analysts_cannot_reach_the_page() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));
        navigate("dialogues/" + dialogue.id() + "/paper");

        assertThat(_get(H1.class).getText()).isEqualTo("Sidan ingår inte i din roll");
        assertThat(_find(TextField.class)).isEmpty();
    }
}
