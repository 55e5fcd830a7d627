package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.response.ui.FlowDriver.click;
import static se.platskompassen.response.ui.FlowDriver.comment;
import static se.platskompassen.response.ui.FlowDriver.heading;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.platskompassen.questionnaire.Theme;

/**
 * Moving from theme to theme keeps the theme screen on show and changes only what differs (the
 * browser then gets a few KB a step, see ThemeStepSizeIT), with every theme showing its own
 * texts and what the person answered on it.
 */
class ThemeStepTest extends ResidentFlowTest {

    private static final String WORKS_WELL = "Vad fungerar bra här i dag? (frivilligt)";
    private static final String COULD_BE_BETTER = "Vad kunde bli bättre? (frivilligt)";

    @Test
    void the_next_theme_comes_on_the_same_screen_with_its_own_texts_and_nothing_of_the_theme_before() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        ThemeScreen first = FlowDriver.themeScreen();
        click("4");
        comment(WORKS_WELL, "Bra cykelbanor");
        _get(Details.class).setOpened(true);
        click("Nästa");

        assertThat(FlowDriver.themeScreen()).as("the screen on show").isSameAs(first);
        assertThat(heading()).isEqualTo("Kollektivtrafik");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("flow-progress-text")).getText()).isEqualTo("2 av 14");
        ProgressBar bar = _get(ProgressBar.class);
        assertThat(bar.getValue()).isEqualTo(2);
        assertThat(bar.getElement().getAttribute("aria-label")).isEqualTo("2 av 14");
        Paragraph question = _get(Paragraph.class, spec -> spec.withClasses("question"));
        assertThat(question.getId()).hasValue("question-PUBLIC_TRANSPORT");
        assertThat(question.getText()).isEqualTo(FlowDriver.flow().state().text(Theme.PUBLIC_TRANSPORT).question());
        assertThat(prompts()).isEqualTo(FlowDriver.flow().state().text(Theme.PUBLIC_TRANSPORT).prompts());
        assertThat(_get(Details.class).isOpened()).as("the prompts, on request again").isFalse();
        assertThat(pressed()).isEmpty();
        assertThat(field(WORKS_WELL).getValue()).isEmpty();
        assertThat(field(WORKS_WELL).getHelperText()).isEqualTo("0 av 1\u00a0000 tecken");
        assertThat(_get(Button.class, spec -> spec.withText("Nästa")).isEnabled()).isTrue();
    }

    @Test
    void going_back_shows_the_score_and_comment_given_there() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        click("4");
        comment(COULD_BE_BETTER, "Mer ljus");
        click("Nästa");
        click("6");
        click("Tillbaka");

        assertThat(heading()).isEqualTo("Gå, rulla och cykla");
        assertThat(pressed()).containsExactly("4");
        assertThat(field(COULD_BE_BETTER).getValue()).isEqualTo("Mer ljus");
        assertThat(field(COULD_BE_BETTER).getHelperText()).isEqualTo("8 av 1\u00a0000 tecken");
        assertThat(prompts()).isEqualTo(FlowDriver.flow().state().text(Theme.MOVING_AROUND).prompts());

        click("Nästa");
        assertThat(heading()).isEqualTo("Kollektivtrafik");
        assertThat(pressed()).as("the score given here before going back").containsExactly("6");
    }

    @Test
    void a_score_tap_that_lands_as_the_next_theme_appears_does_not_choose_there() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        click("4");
        click("Nästa");
        FlowDriver.tapAtOnce("6");

        assertThat(heading()).isEqualTo("Kollektivtrafik");
        assertThat(pressed()).as("a tap meant for the theme before").isEmpty();
        click("6");
        assertThat(pressed()).as("a tap once the theme has been seen").containsExactly("6");
    }

    @Test
    void a_too_long_mark_stays_with_its_theme_and_goes_once_the_comment_is_shortened() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        comment(COULD_BE_BETTER, "a".repeat(1001));
        click("Nästa");
        assertThat(field(COULD_BE_BETTER).isInvalid()).isTrue();

        comment(COULD_BE_BETTER, "a".repeat(1000));
        assertThat(field(COULD_BE_BETTER).isInvalid()).as("shortened enough").isFalse();
        comment(COULD_BE_BETTER, "a".repeat(1001));
        click("Nästa");
        assertThat(heading()).isEqualTo("Gå, rulla och cykla");
        comment(COULD_BE_BETTER, "a".repeat(1000));
        click("Nästa");
        assertThat(heading()).isEqualTo("Kollektivtrafik");
        assertThat(field(COULD_BE_BETTER).isInvalid()).isFalse();
        assertThat(field(COULD_BE_BETTER).getValue()).isEmpty();
    }

    @Test
    void a_childs_picture_follows_the_theme() {
        navigate("d/demo-barn");
        click("Börja");
        click("Nästa");
        String first = _get(Image.class, spec -> spec.withClasses("theme-picture")).getSrc();
        click("Nästa");
        Image picture = _get(Image.class, spec -> spec.withClasses("theme-picture"));
        assertThat(picture.getSrc()).startsWith("pictures/barn/").isNotEqualTo(first);
        assertThat(picture.getSrc()).isEqualTo(FlowDriver.flow().state().questionnaire.theme(Theme.PUBLIC_TRANSPORT)
                .picture());
    }

    @Test
    void the_next_person_on_a_shared_tablet_gets_a_new_theme_screen() {
        navigate("kiosk/demo-vuxen");
        click("Börja");
        click("Nästa");
        ThemeScreen lastPersons = FlowDriver.themeScreen();
        click("4");
        FlowDriver.flow().nextPerson();
        click("Börja");
        click("Nästa");

        assertThat(FlowDriver.themeScreen()).isNotSameAs(lastPersons);
        assertThat(pressed()).isEmpty();
    }

    private static TextArea field(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    /** The scale buttons shown as chosen, by their text. */
    private static List<String> pressed() {
        return _find(Button.class, spec -> spec.withAttribute("aria-checked", "true")).stream()
                .map(Button::getText).toList();
    }

    private static List<String> prompts() {
        return _find(ListItem.class).stream()
                .filter(item -> item.getParent().filter(list -> list instanceof UnorderedList prompts
                        && prompts.hasClassName("prompts")).isPresent())
                .map(ListItem::getText).toList();
    }
}
