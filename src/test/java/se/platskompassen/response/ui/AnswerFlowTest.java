package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.response.ui.FlowDriver.chooseBackground;
import static se.platskompassen.response.ui.FlowDriver.click;
import static se.platskompassen.response.ui.FlowDriver.clickNamed;
import static se.platskompassen.response.ui.FlowDriver.comment;
import static se.platskompassen.response.ui.FlowDriver.heading;
import static se.platskompassen.response.ui.FlowDriver.responseId;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Answer;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.Response;
import se.platskompassen.response.ResponseService;
import tools.jackson.databind.node.JsonNodeFactory;

class AnswerFlowTest extends ResidentFlowTest {

    @Autowired ResponseService responses;
    @Autowired QuestionnaireCatalog questionnaires;
    @Autowired ManualKioskTimers timers;

    private Map<String, Answer> savedAnswers(UUID id) {
        return asAdmin(() -> responses.answersOf(id).stream().collect(Collectors.toMap(Answer::themeCode, a -> a)));
    }

    private Response saved(UUID id) {
        return asAdmin(() -> responses.find(id).orElseThrow());
    }

    /** Reads what was stored as the demo municipality's admin; the flow itself stays anonymous. */
    private <T> T asAdmin(Supplier<T> read) {
        signInAs("kommun-admin");
        try {
            return read.get();
        } finally {
            signOut();
        }
    }

    @Test
    void an_adult_answers_all_fourteen_themes_in_swedish_and_every_answer_is_saved_once() {
        navigate("d/demo-vuxen");
        assertThat(heading()).isEqualTo("Norrbacka");
        click("Börja");
        UUID id = responseId();

        assertThat(heading()).isEqualTo("Lite om dig");
        chooseBackground("Hur gammal är du?", "30–49 år");
        chooseBackground("Kön", "Vill inte svara");
        click("Nästa");

        assertThat(heading()).isEqualTo("Gå, rulla och cykla");
        _get(Paragraph.class, spec -> spec.withText("1 av 14"));
        clickNamed("1 av 7 – Mycket att förbättra");
        comment("Vad kunde bli bättre? (frivilligt)", "Trottoarerna är för smala.");
        click("Nästa");
        for (int i = 1; i < Theme.COUNT; i++) {
            assertThat(heading()).isEqualTo(questionnaires.current(Version.VUXEN).theme(Theme.values()[i])
                    .text(Language.SV).name());
            click(String.valueOf(1 + i % 7));
            click("Nästa");
        }

        assertThat(heading()).isEqualTo("Din kompass");
        assertThat(_get(Svg.class).getElement().getProperty("innerHTML")).startsWith("<svg");
        assertThat(_find(ListItem.class)).hasSize(Theme.COUNT);
        click("Skicka in");
        assertThat(heading()).isEqualTo("Tack för dina svar!");

        Response response = saved(id);
        assertThat(response.completed()).isTrue();
        assertThat(response.collectionMode()).isEqualTo(CollectionMode.OWN_DEVICE);
        assertThat(response.language()).isEqualTo("sv");
        assertThat(response.questionnaireVersion()).isEqualTo(questionnaires.current(Version.VUXEN).id());
        assertThat(response.questionnaireHash()).isEqualTo(questionnaires.current(Version.VUXEN).hash());
        assertThat(response.background().ageBand()).isEqualTo(AgeBand.AGE_30_49);
        assertThat(response.background().gender()).isNull();
        Map<String, Answer> answers = savedAnswers(id);
        assertThat(answers).hasSize(Theme.COUNT);
        assertThat(answers.get("MOVING_AROUND").score()).isEqualTo(1);
        assertThat(answers.get("MOVING_AROUND").couldBeBetter()).isEqualTo("Trottoarerna är för smala.");
        assertThat(answers.get("INFLUENCE_CONTROL").score()).isEqualTo(1 + 13 % 7);
    }

    @Test
    void a_young_person_answers_in_english() {
        navigate("d/demo-ungdom");
        click("English");
        assertThat(_get(Button.class, spec -> spec.withText("Start"))).isNotNull();
        click("Start");
        assertThat(heading()).isEqualTo("A little about you");
        chooseBackground("How old are you?", "13–17");
        click("Next");
        assertThat(heading()).isEqualTo("Walking and cycling");
        for (int i = 0; i < Theme.COUNT; i++) {
            click("Skip");
        }
        assertThat(heading()).isEqualTo("Your compass");
        assertThat(_find(Span.class, spec -> spec.withText("No answer"))).hasSize(14);
        click("Submit");
        assertThat(heading()).isEqualTo("Thank you for your answers!");
        Response response = saved(flowId());
        assertThat(response.language()).isEqualTo("en");
        assertThat(savedAnswers(flowId()).values()).hasSize(14).allMatch(Answer::skipped);
    }

    private UUID flowId() {
        return FlowDriver.flow().state().requireResponse();
    }

    @Test
    void a_child_answers_with_faces_and_sees_a_picture_for_every_theme() {
        navigate("d/demo-barn");
        click("Börja");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withLabel("Hur gammal är du?"))).isEmpty();
        click("Nästa");
        for (int i = 0; i < Theme.COUNT; i++) {
            Image picture = _get(Image.class, spec -> spec.withClasses("theme-picture"));
            assertThat(picture.getSrc()).startsWith("pictures/barn/");
            clickNamed(i % 2 == 0 ? "Jättebra" : "Inte så bra");
            click("Nästa");
        }
        assertThat(heading()).isEqualTo("Din kompass");
        assertThat(_find(Span.class, spec -> spec.withText("Jättebra"))).hasSize(7);
        click("Skicka in");
        Map<String, Answer> answers = savedAnswers(flowId());
        assertThat(answers.get("MOVING_AROUND").score()).isEqualTo(3);
        assertThat(answers.get("PUBLIC_TRANSPORT").score()).isEqualTo(1);
    }

    @Test
    void skip_back_and_change_keep_the_answers_right() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        click("5");
        click("Nästa");
        click("Hoppa över");
        assertThat(heading()).isEqualTo("Trafik och parkering");
        click("Tillbaka");
        assertThat(heading()).isEqualTo("Kollektivtrafik");
        click("Tillbaka");
        assertThat(heading()).isEqualTo("Gå, rulla och cykla");
        assertThat(_get(Button.class, spec -> spec.withText("5")).getElement().getAttribute("aria-checked"))
                .isEqualTo("true");
        click("Nästa");
        click("Nästa");
        for (int i = 2; i < Theme.COUNT; i++) {
            click("3");
            click("Nästa");
        }
        clickNamed("Ändra Kollektivtrafik");
        assertThat(heading()).isEqualTo("Kollektivtrafik");
        click("6");
        click("Nästa");
        assertThat(heading()).as("back to the summary after a change").isEqualTo("Din kompass");

        Map<String, Answer> answers = savedAnswers(flowId());
        assertThat(answers.get("MOVING_AROUND").score()).isEqualTo(5);
        assertThat(answers.get("PUBLIC_TRANSPORT").score()).isEqualTo(6);
        assertThat(answers).hasSize(Theme.COUNT);
    }

    @Test
    void a_double_tap_on_next_saves_one_answer_and_moves_one_step() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        click("4");
        Button next = _get(Button.class, spec -> spec.withText("Nästa"));
        ComponentUtil.fireEvent(next, new ClickEvent<>(next));
        ComponentUtil.fireEvent(next, new ClickEvent<>(next));

        assertThat(heading()).isEqualTo("Kollektivtrafik");
        assertThat(savedAnswers(flowId())).hasSize(1);
    }

    @Test
    void a_double_tap_on_submit_completes_one_response() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        for (int i = 0; i < Theme.COUNT; i++) {
            click("Hoppa över");
        }
        UUID id = flowId();
        var dialogue = FlowDriver.flow().state().dialogue;
        long before = asAdmin(() -> responses.counts(dialogue).completed());
        clock.advance(Duration.ofSeconds(2));
        Button submit = _get(Button.class, spec -> spec.withText("Skicka in"));
        ComponentUtil.fireEvent(submit, new ClickEvent<>(submit));
        ComponentUtil.fireEvent(submit, new ClickEvent<>(submit));

        assertThat(heading()).isEqualTo("Tack för dina svar!");
        assertThat(asAdmin(() -> responses.counts(dialogue).completed())).isEqualTo(before + 1);
    }

    @Test
    void strange_comments_are_kept_exactly_and_control_characters_are_dropped() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        String strange = "Fint 🌳🚲 حديقة جميلة – áčđŋšŧž <b>inte html</b> ' OR 1=1 --";
        comment("Vad fungerar bra här i dag? (frivilligt)", strange + "\u0007\u0000");
        click("Nästa");

        assertThat(savedAnswers(flowId()).get("MOVING_AROUND").worksWell()).isEqualTo(strange);
    }

    @Test
    void an_over_long_comment_is_refused_with_a_message_and_nothing_on_the_screen_is_lost() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        String tooLong = "a".repeat(1001);
        comment("Vad kunde bli bättre? (frivilligt)", tooLong);
        click("Nästa");

        assertThat(heading()).isEqualTo("Gå, rulla och cykla");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Vad kunde bli bättre? (frivilligt)")).getValue())
                .isEqualTo(tooLong);
        assertThat(alert()).isNotEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Nästa")).isEnabled()).isTrue();
        assertThat(savedAnswers(flowId())).isEmpty();
    }

    @Test
    void the_comment_counter_counts_the_characters() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        comment("Vad kunde bli bättre? (frivilligt)", "Mer ljus");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Vad kunde bli bättre? (frivilligt)")).getHelperText())
                .isEqualTo("8 av 1\u00a0000 tecken");
    }

    @Test
    void a_shared_tablet_records_its_mode_and_returns_to_the_start_for_the_next_person() {
        navigate("kiosk/demo-vuxen");
        click("Börja");
        UUID first = flowId();
        click("Nästa");
        for (int i = 0; i < Theme.COUNT; i++) {
            click("2");
            click("Nästa");
        }
        click("Skicka in");
        assertThat(heading()).isEqualTo("Tack för dina svar!");
        assertThat(timers.waiting()).contains(Duration.ofSeconds(60));

        timers.elapse();
        assertThat(heading()).isEqualTo("Norrbacka");
        assertThat(FlowDriver.flow().state().responseId).isNull();
        assertThat(FlowDriver.flow().state().answers).isEmpty();
        assertThat(saved(first).collectionMode()).isEqualTo(CollectionMode.SHARED_TABLET);

        click("Börja");
        assertThat(flowId()).isNotEqualTo(first);
    }

    @Test
    void next_person_starts_over_at_once() {
        navigate("kiosk/demo-barn");
        click("Börja");
        click("Nästa");
        for (int i = 0; i < Theme.COUNT; i++) {
            click("Hoppa över");
        }
        click("Skicka in");
        click("Nästa person");
        assertThat(heading()).isEqualTo("Norrbacka");
        assertThat(timers.waiting()).isEmpty();
    }

    @Test
    void a_kiosk_left_in_the_middle_returns_to_the_start_and_keeps_what_was_answered() {
        navigate("kiosk/demo-vuxen");
        click("Börja");
        UUID walkedAway = flowId();
        click("Nästa");
        click("6");
        click("Nästa");
        click("3");
        assertThat(timers.waiting()).containsExactly(Duration.ofSeconds(180));

        timers.elapse();
        assertThat(heading()).isEqualTo("Norrbacka");
        assertThat(savedAnswers(walkedAway)).hasSize(1);
        assertThat(saved(walkedAway).completed()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "demo-vuxen, Svenska, Börja, Nästa, Skicka in, vuxen, sv",
        "demo-vuxen, English, Start, Next, Submit, vuxen, en",
        "demo-ungdom, Svenska, Börja, Nästa, Skicka in, ungdom, sv",
        "demo-ungdom, English, Start, Next, Submit, ungdom, en",
        "demo-barn, Svenska, Börja, Nästa, Skicka in, barn, sv",
        "demo-barn, English, Start, Next, Submit, barn, en"})
    void every_version_can_be_answered_in_both_languages(String code, String language, String start, String next,
            String submit, String version, String languageCode) {
        navigate("d/" + code);
        click(language);
        click(start);
        click(next);
        for (int i = 0; i < Theme.COUNT; i++) {
            click(next);
        }
        click(submit);

        Response response = saved(flowId());
        assertThat(response.completed()).isTrue();
        assertThat(response.language()).isEqualTo(languageCode);
        assertThat(response.questionnaireVersion()).startsWith(version + "/");
        assertThat(savedAnswers(flowId()).values()).hasSize(Theme.COUNT).allMatch(Answer::skipped);
    }

    @Test
    void a_dialogue_that_has_not_opened_yet_says_so_and_takes_no_answers() {
        var dialogues = context.getBean(DialogueService.class);
        var demo = dialogues.findByJoinCode("DEMO-VUXEN").orElseThrow();
        var draft = asAdmin(() -> dialogues.createWithCode(demo.placeId(), demo.settings(), "DRAFT-TEST-1",
                DialogueStatus.DRAFT));
        navigate("d/draft-test-1");

        assertThat(heading()).isEqualTo("Norrbacka");
        _get(Paragraph.class, spec -> spec.withClasses("notice")
                .withText("Den här dialogen har inte öppnat än. Välkommen tillbaka när den har börjat!"));
        assertThat(_find(Button.class, spec -> spec.withText("Börja"))).isEmpty();
        assertThat(asAdmin(() -> responses.counts(draft).started())).isZero();
    }

    @Test
    void the_buttons_are_named_in_the_residents_language() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        for (String name : List.of("Nästa", "Tillbaka", "Hoppa över")) {
            assertThat(_get(Button.class, spec -> spec.withText(name))).isNotNull();
        }
    }

    // --- issue 13 ------------------------------------------------------------------------------

    @Test
    void a_kiosk_start_screen_begins_a_new_response_when_the_last_person_went_back_to_it() {
        navigate("kiosk/demo-vuxen");
        click("Börja");
        UUID first = flowId();
        chooseBackground("Hur gammal är du?", "30–49 år");
        click("Nästa");
        click("6");
        comment("Vad kunde bli bättre? (frivilligt)", "Person A:s kommentar");
        click("Nästa");
        click("Tillbaka");
        click("Tillbaka");
        click("Tillbaka");
        assertThat(heading()).isEqualTo("Norrbacka");

        click("Börja");
        assertThat(flowId()).as("the next person gets a response of their own").isNotEqualTo(first);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Hur gammal är du?")).getValue())
                .as("no background of the last person").isNull();
        click("Nästa");
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-checked", "true"))).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Vad kunde bli bättre? (frivilligt)")).getValue())
                .isEmpty();
        assertThat(savedAnswers(first).get("MOVING_AROUND").score()).as("person A's answer stays theirs").isEqualTo(6);
    }

    @Test
    void the_kiosk_idle_timer_counts_input_on_the_background_and_summary_screens() {
        navigate("kiosk/demo-vuxen");
        click("Börja");
        int onArrival = timers.scheduled();
        chooseBackground("Hur gammal är du?", "30–49 år");
        assertThat(timers.scheduled()).as("a background choice restarts the idle timer").isGreaterThan(onArrival);

        click("Nästa");
        for (int i = 0; i < Theme.COUNT; i++) {
            click("Hoppa över");
        }
        assertThat(heading()).isEqualTo("Din kompass");
        int onSummary = timers.scheduled();
        ElementUtilsKt._fireDomEvent(FlowDriver.flow().getElement(), new DomEvent(FlowDriver.flow().getElement(),
                "pointerdown", JsonNodeFactory.instance.objectNode().put("for", "trailing")));
        assertThat(timers.scheduled()).as("a touch on the summary restarts the idle timer").isGreaterThan(onSummary);
        assertThat(timers.waiting()).containsExactly(Duration.ofSeconds(180));
    }

    @Test
    void a_second_tap_that_lands_on_the_next_theme_at_once_neither_saves_nor_skips_it() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        click("4");
        click("Nästa");
        assertThat(heading()).isEqualTo("Kollektivtrafik");
        FlowDriver.tapAtOnce("Nästa");

        assertThat(heading()).as("the second tap of a double tap does not skip a theme").isEqualTo("Kollektivtrafik");
        assertThat(savedAnswers(flowId())).containsOnlyKeys("MOVING_AROUND");
        assertThat(_get(Button.class, spec -> spec.withText("Nästa")).isEnabled()).isTrue();

        click("Nästa");
        assertThat(heading()).as("a deliberate Nästa without a score still skips").isEqualTo("Trafik och parkering");
        assertThat(savedAnswers(flowId()).get("PUBLIC_TRANSPORT").skipped()).isTrue();
    }

    @Test
    void a_start_that_cannot_be_saved_comes_back_enabled_with_a_message_that_stays() {
        var dialogues = context.getBean(DialogueService.class);
        var demo = dialogues.findByJoinCode("DEMO-VUXEN").orElseThrow();
        var gone = asAdmin(() -> dialogues.createWithCode(demo.placeId(), demo.settings(), "GONE-TEST-1",
                DialogueStatus.OPEN));
        navigate("kiosk/gone-test-1");
        context.getBean(JdbcClient.class)
                .sql("DELETE FROM dialogue WHERE id = :id").param("id", gone.id()).update();

        click("Börja");

        assertThat(heading()).isEqualTo("Norrbacka");
        assertThat(_get(Button.class, spec -> spec.withText("Börja")).isEnabled()).isTrue();
        assertThat(alert()).isEqualTo("Vi kunde inte spara just nu. Kontrollera anslutningen och försök igen – det du har svarat finns kvar.");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void a_background_that_cannot_be_saved_comes_back_enabled_with_a_message_that_stays() {
        navigate("kiosk/demo-vuxen");
        click("Börja");
        context.getBean(JdbcClient.class)
                .sql("DELETE FROM response WHERE id = :id").param("id", flowId()).update();

        click("Nästa");

        assertThat(heading()).isEqualTo("Lite om dig");
        assertThat(_get(Button.class, spec -> spec.withText("Nästa")).isEnabled()).isTrue();
        assertThat(alert()).startsWith("Vi kunde inte spara just nu.");
    }

    @Test
    void a_too_long_comment_marks_its_field_and_the_message_stays_by_the_buttons() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        comment("Vad kunde bli bättre? (frivilligt)", "a".repeat(1001));
        click("Nästa");

        TextArea field = _get(TextArea.class, spec -> spec.withLabel("Vad kunde bli bättre? (frivilligt)"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Vad fungerar bra här i dag? (frivilligt)")).isInvalid())
                .isFalse();
        assertThat(alert()).isEqualTo("Kommentaren är för lång. Korta den till högst 1 000 tecken.");

        comment("Vad kunde bli bättre? (frivilligt)", "a".repeat(1000));
        click("Nästa");
        assertThat(heading()).isEqualTo("Kollektivtrafik");
    }

    /** The error message by the buttons (a live region), empty when there is none. */
    private static String alert() {
        return _find(Div.class, spec -> spec.withAttribute("role", "alert")).stream()
                .map(div -> div.getElement().getText()).filter(text -> !text.isBlank()).findFirst().orElse("");
    }
}
