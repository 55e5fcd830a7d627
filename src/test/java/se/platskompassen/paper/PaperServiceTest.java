package se.platskompassen.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.Answer;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

@EmbeddedTest
class PaperServiceTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PaperService paper;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired QuestionnaireCatalog questionnaires;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private static PaperEntry entry(Dialogue dialogue, String number, Map<Theme, String> scores) {
        return PaperEntry.read(UUID.randomUUID(), Language.SV, dialogue.version(), dialogue.areaChoices(),
                new TypedForm(number, "3", "2", "1", "", scores, Map.of(), Map.of(Theme.FEELING_SAFE, "Mer ljus")))
                .valid().orElseThrow();
    }

    private long paperResponses(Dialogue dialogue) {
        return jdbc.sql("SELECT COUNT(*) FROM response WHERE dialogue_id = :d AND collection_mode = 'PAPER'")
                .param("d", dialogue.id()).query(Long.class).single();
    }

    @Test
    void a_typed_in_form_is_saved_as_a_completed_paper_response_with_its_scores_background_and_revision() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        Map<Theme, String> scores = new EnumMap<>(Theme.class);
        scores.put(Theme.MOVING_AROUND, "6");
        scores.put(Theme.FEELING_SAFE, "2");
        PaperEntry entry = entry(dialogue, "1", scores);

        assertThat(paper.save(dialogue, entry)).isEqualTo(PaperService.Saved.ADDED);

        var response = responses.find(entry.responseId()).orElseThrow();
        assertThat(response.completed()).isTrue();
        assertThat(jdbc.sql("SELECT collection_mode, questionnaire_version, age_band, gender, relation FROM response "
                + "WHERE id = :id").param("id", entry.responseId()).query().singleRow())
                .containsEntry("collection_mode", "PAPER")
                .containsEntry("questionnaire_version", questionnaires.current(Version.VUXEN).id())
                .containsEntry("age_band", "AGE_30_49").containsEntry("gender", "MAN").containsEntry("relation", "LIVE");
        List<Answer> answers = responses.answersOf(entry.responseId());
        assertThat(answers).hasSize(Theme.COUNT);
        assertThat(answers).filteredOn(a -> a.themeCode().equals("MOVING_AROUND")).singleElement()
                .satisfies(a -> assertThat(a.score()).isEqualTo(6));
        assertThat(answers).filteredOn(a -> a.themeCode().equals("FEELING_SAFE")).singleElement()
                .satisfies(a -> assertThat(a.couldBeBetter()).isEqualTo("Mer ljus"));
        assertThat(answers).filteredOn(Answer::skipped).hasSize(Theme.COUNT - 2);
        assertThat(responses.scoreCounts(dialogue).count(Theme.MOVING_AROUND, 6)).isEqualTo(1);
    }

    @Test
    void saving_the_same_entry_twice_makes_one_response() {
        Dialogue dialogue = tenants.newDialogue(Version.UNGDOM);
        PaperEntry entry = entry(dialogue, "7", Map.of(Theme.NATURAL_SPACE, "4"));

        assertThat(paper.save(dialogue, entry)).isEqualTo(PaperService.Saved.ADDED);
        assertThat(paper.save(dialogue, entry)).isEqualTo(PaperService.Saved.ALREADY_SAVED);

        assertThat(paperResponses(dialogue)).isEqualTo(1);
    }

    @Test
    void a_form_typed_in_again_later_under_the_same_number_is_refused_and_counted_once() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        paper.save(dialogue, entry(dialogue, "12a", Map.of(Theme.MOVING_AROUND, "5")));

        // Another day, another typist: a new row (new response id) with the same number, in other case.
        PaperEntry again = entry(dialogue, "12A", Map.of(Theme.MOVING_AROUND, "5"));

        assertThat(paper.save(dialogue, again)).isEqualTo(PaperService.Saved.NUMBER_TAKEN);
        assertThat(paperResponses(dialogue)).isEqualTo(1);
        assertThat(responses.find(again.responseId())).isEmpty();
        assertThat(jdbc.sql("SELECT form_number FROM response WHERE dialogue_id = :d").param("d", dialogue.id())
                .query(String.class).single()).isEqualTo("12a");
    }

    @Test
    void the_same_form_number_may_be_used_in_another_dialogue() {
        Dialogue first = tenants.newDialogue(Version.VUXEN);
        paper.save(first, entry(first, "1", Map.of(Theme.MOVING_AROUND, "5")));
        Dialogue second = tenants.newDialogue(Version.VUXEN);

        assertThat(paper.save(second, entry(second, "1", Map.of(Theme.MOVING_AROUND, "5"))))
                .isEqualTo(PaperService.Saved.ADDED);
    }

    @Test
    void the_database_refuses_a_second_response_with_a_form_number_the_dialogue_has() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        PaperEntry first = entry(dialogue, "9", Map.of(Theme.MOVING_AROUND, "5"));
        PaperEntry second = entry(dialogue, "9", Map.of(Theme.MOVING_AROUND, "2"));
        paper.save(dialogue, first);

        // Past the service's own check, as a typist racing another would be.
        RecordedResponse typedAgain = respondents.in(dialogue).id(second.responseId()).mode(CollectionMode.PAPER)
                .background(second.background()).startingAt(Instant.now()).taking(Duration.ZERO)
                .given(second.answers()).formNumber("9").build().getFirst();
        boolean added = responses.record(dialogue, typedAgain);

        assertThat(added).isFalse();
        assertThat(paperResponses(dialogue)).isEqualTo(1);
    }

    @Test
    void a_closed_dialogue_still_takes_paper_answers_that_arrive_after_the_workshop() {
        Dialogue dialogue = tenants.newDialogue(Version.BARN);
        dialogues.close(dialogue.id());

        assertThat(paper.save(dialogues.find(dialogue.id()).orElseThrow(),
                entry(dialogue, "1", Map.of(Theme.PLAY_RECREATION, "3")))).isEqualTo(PaperService.Saved.ADDED);
        assertThat(paperResponses(dialogue)).isEqualTo(1);
    }

    @Test
    void the_form_of_a_dialogue_names_its_place_title_and_code() throws IOException {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);

        try (PDDocument pdf = Loader.loadPDF(paper.form(dialogue, Language.SV))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Torget Test", dialogue.title(), dialogue.joinCode());
        }
    }

    @Test
    void an_analyst_neither_prints_forms_nor_types_them_in() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        PaperEntry entry = entry(dialogue, "1", Map.of(Theme.MOVING_AROUND, "3"));
        tenants.signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));

        assertThatThrownBy(() -> paper.form(dialogue, Language.SV)).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> paper.save(dialogue, entry)).isInstanceOf(NoAccessException.class);
        assertThat(paperResponses(dialogue)).isZero();
    }
}
