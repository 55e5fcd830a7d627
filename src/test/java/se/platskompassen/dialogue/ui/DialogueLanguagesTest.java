package se.platskompassen.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Tenants;

/**
 * Staff choose a dialogue's languages by their own names, with the state of each pack, so that a
 * municipality sees which translations a native speaker should read before a workshop.
 */
class DialogueLanguagesTest extends KaribuTest {

    private static final Locale SWEDISH = Language.SV.locale();

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired LanguagePacks packs;

    private Dialogue openNewDialogueForm(Locale locale) {
        Dialogue existing = tenants.newDialogue(Version.VUXEN);
        signInAs(tenants.newStaff(existing.organisationId(), Role.FACILITATOR));
        UI.getCurrent().setLocale(locale);
        navigate("places/" + existing.placeId() + "/new-dialogue");
        return existing;
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Language> languages(String label) {
        return _get(CheckboxGroup.class, spec -> spec.withLabel(label));
    }

    @Test
    void each_language_with_a_pack_is_offered_by_its_own_name_the_staff_name_and_its_review_status() {
        openNewDialogueForm(SWEDISH);
        CheckboxGroup<Language> languages = languages("Språk");

        assertThat(languages.getListDataView().getItems().toList())
                .as("only languages with a pack").containsExactlyElementsOf(packs.available())
                .doesNotContain(Language.SO, Language.TI);
        assertThat(languages.getItemLabelGenerator().apply(Language.AR))
                .isEqualTo("العربية – arabiska (utkast, inte granskat)");
        assertThat(languages.getItemLabelGenerator().apply(Language.SV)).isEqualTo("Svenska (källa)");
        assertThat(languages.getItemLabelGenerator().apply(Language.SV_EASY))
                .isEqualTo("Lättläst svenska (utkast, inte granskat)");
        assertThat(languages.getHelperText()).contains("modersmål");
        assertThat(languages.getValue()).as("a new dialogue starts in Swedish").containsExactly(Language.SV);
    }

    @Test
    void in_english_the_staff_names_and_the_status_are_english() {
        openNewDialogueForm(Locale.ENGLISH);

        CheckboxGroup<Language> languages = languages("Languages");

        assertThat(languages.getItemLabelGenerator().apply(Language.AR)).isEqualTo("العربية – Arabic (draft, not reviewed)");
        assertThat(languages.getItemLabelGenerator().apply(Language.SV)).isEqualTo("Svenska – Swedish (source)");
        assertThat(languages.getItemLabelGenerator().apply(Language.EN)).isEqualTo("English (draft, not reviewed)");
    }

    @Test
    void the_languages_chosen_are_the_ones_residents_are_offered() {
        Dialogue existing = openNewDialogueForm(SWEDISH);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Rubrik")), "Möte på arabiska");
        _setValue(languages("Språk"), Set.of(Language.SV, Language.AR));
        _click(_get(Button.class, spec -> spec.withText("Skapa dialogen")));

        Dialogue created = dialogues.findAtPlace(existing.placeId()).stream()
                .filter(dialogue -> dialogue.title().equals("Möte på arabiska")).findFirst().orElseThrow();
        assertThat(created.languages()).containsExactlyInAnyOrder(Language.SV, Language.AR);
    }
}
