package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.exchange.CsvOptions;
import se.platskompassen.exchange.ExportFormat;
import se.platskompassen.exchange.ExportService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/** What must hold for stored responses on every database the application runs on. */
abstract class ResponseStorageContract {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired ResponseService responses;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired QuestionnaireCatalog catalog;
    @Autowired ResumeService resumes;
    @Autowired ExportService exports;

    /** A dialogue in a new organisation, whose admin is then signed in for the rest of the test. */
    Dialogue newDialogue(Version version) {
        return tenants.newDialogue(version);
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    RecordedResponse response(Dialogue dialogue, UUID id, List<AnswerInput> answers) {
        return respondents.in(dialogue).id(id).mode(CollectionMode.PAPER)
                .background(new Background(AgeBand.AGE_30_49, Gender.WOMAN, Relation.LIVE, "Norr"))
                .startingAt(Instant.parse("2026-05-04T10:00:00Z")).taking(Duration.ofMinutes(10)).given(answers)
                .build().getFirst();
    }

    @Test
    void recording_the_same_response_twice_stores_it_once() {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        UUID id = UUID.randomUUID();
        List<AnswerInput> answers = List.of(AnswerInput.scored(Theme.MOVING_AROUND, 5),
                AnswerInput.skipped(Theme.PUBLIC_TRANSPORT));

        assertThat(responses.record(dialogue, response(dialogue, id, answers))).isTrue();
        assertThat(responses.record(dialogue, response(dialogue, id, answers))).isFalse();

        assertThat(responses.counts(dialogue)).isEqualTo(new ResponseCounts(1, 1));
        assertThat(responses.answersOf(id)).hasSize(2);
        Response stored = responses.find(id).orElseThrow();
        assertThat(stored.background()).isEqualTo(new Background(AgeBand.AGE_30_49, Gender.WOMAN, Relation.LIVE, "Norr"));
        assertThat(stored.collectionMode()).isEqualTo(CollectionMode.PAPER);
    }

    @Test
    void the_database_keeps_one_paper_form_per_number_whatever_its_case() {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        List<AnswerInput> answers = List.of(AnswerInput.scored(Theme.MOVING_AROUND, 5));

        // Two typists who both checked "a12" before either saved: only the database can refuse one.
        assertThat(responses.record(dialogue, paperForm(dialogue, "a12", answers))).isTrue();
        assertThat(responses.record(dialogue, paperForm(dialogue, "A12", answers))).isFalse();

        assertThat(responses.counts(dialogue).completed()).isEqualTo(1);
        assertThat(responses.paperForm(dialogue, "A12")).isPresent();
    }

    private RecordedResponse paperForm(Dialogue dialogue, String number, List<AnswerInput> answers) {
        return respondents.in(dialogue).mode(CollectionMode.PAPER)
                .background(new Background(AgeBand.AGE_30_49, Gender.WOMAN, Relation.LIVE, "Norr"))
                .startingAt(Instant.parse("2026-05-04T10:00:00Z")).taking(Duration.ofMinutes(10)).given(answers)
                .formNumber(number).build().getFirst();
    }

    @Test
    void comments_keep_every_script_and_emoji_exactly() {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        UUID id = UUID.randomUUID();
        String text = "Bra 👍🏽 بحيرة جميلة – Sámi: áčđŋšŧž ÅÄÖ";
        responses.record(dialogue, response(dialogue, id,
                List.of(new AnswerInput(Theme.NATURAL_SPACE, 6, text, "<b>mer</b> ljus\u0000"))));

        Answer answer = responses.answersOf(id).getFirst();
        assertThat(answer.worksWell()).isEqualTo(text);
        assertThat(answer.couldBeBetter()).isEqualTo("<b>mer</b> ljus");
    }

    @Test
    void the_database_refuses_a_second_answer_to_the_same_theme() {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        UUID id = UUID.randomUUID();
        responses.record(dialogue, response(dialogue, id, List.of(AnswerInput.scored(Theme.FEELING_SAFE, 3))));

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO answer (response_id, dialogue_id, theme_code, score, skipped, saved_at)
                VALUES (:r, :d, 'FEELING_SAFE', 4, FALSE, CURRENT_TIMESTAMP)
                """).param("r", id).param("d", dialogue.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_refuses_a_score_off_the_scale_and_a_skip_with_a_score() {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        UUID id = UUID.randomUUID();
        responses.record(dialogue, response(dialogue, id, List.of()));

        assertThatThrownBy(() -> insertAnswer(id, dialogue, "CARE_MAINTENANCE", 8, false))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertAnswer(id, dialogue, "CARE_MAINTENANCE", 3, true))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_score_off_the_versions_scale_is_refused_before_anything_is_saved() {
        Dialogue child = newDialogue(Version.BARN);
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> responses.record(child, response(child, id,
                List.of(AnswerInput.scored(Theme.PLAY_RECREATION, 5)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("off the scale");
        assertThat(responses.find(id)).isEmpty();
    }

    @Test
    void an_unfinished_response_is_counted_apart_from_completed_ones() {
        Dialogue dialogue = newDialogue(Version.UNGDOM);
        responses.record(dialogue, response(dialogue, UUID.randomUUID(), List.of()));
        respondents.in(dialogue).language(Language.EN).startingAt(Instant.parse("2026-05-04T10:00:00Z")).unfinished()
                .score(Theme.MOVING_AROUND, 2).record();

        ResponseCounts counts = responses.counts(dialogue);
        assertThat(counts.started()).isEqualTo(2);
        assertThat(counts.completed()).isEqualTo(1);
        assertThat(counts.incomplete()).isEqualTo(1);
    }

    @Test
    void the_index_for_counting_answers_by_dialogue_theme_and_score_exists() throws Exception {
        List<String> columns = new ArrayList<>();
        try (var connection = dataSource.getConnection();
                var index = connection.getMetaData().getIndexInfo(null, connection.getSchema(), "answer", false, false)) {
            while (index.next()) {
                if ("ix_answer_dialogue_theme_score".equalsIgnoreCase(index.getString("INDEX_NAME"))) {
                    columns.add(index.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        assertThat(columns).containsExactly("dialogue_id", "theme_code", "score");
    }

    @Test
    void the_tally_agrees_with_the_answers_after_saves_changes_and_skips() {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        Questionnaire questionnaire = catalog.current(Version.VUXEN);
        Random random = new Random(42);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID id = UUID.randomUUID();
            people.add(id);
            responses.start(dialogue, id, questionnaire, Language.SV, CollectionMode.SHARED_TABLET);
        }
        for (int step = 0; step < 400; step++) {
            UUID who = people.get(random.nextInt(people.size()));
            Theme theme = Theme.values()[random.nextInt(Theme.COUNT)];
            Integer score = random.nextInt(8) == 0 ? null : 1 + random.nextInt(7);
            responses.saveAnswer(who, new AnswerInput(theme, score, null, null));
        }
        responses.record(dialogue, response(dialogue, UUID.randomUUID(),
                List.of(AnswerInput.scored(Theme.MOVING_AROUND, 2), AnswerInput.skipped(Theme.WORK_ECONOMY))));

        assertSameCounts(responses.scoreCounts(dialogue), responses.scoreCountsFromAnswers(dialogue));
        assertThat(responses.scoreCounts(dialogue).respondents()).isEqualTo(13);
    }

    @Test
    void saving_the_same_answer_again_overwrites_it_and_never_adds_a_row() {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        UUID id = UUID.randomUUID();
        responses.start(dialogue, id, catalog.current(Version.VUXEN), Language.SV, CollectionMode.OWN_DEVICE);
        responses.start(dialogue, id, catalog.current(Version.VUXEN), Language.SV, CollectionMode.OWN_DEVICE);
        responses.saveAnswer(id, new AnswerInput(Theme.FEELING_SAFE, 2, "Mörkt", null));
        responses.saveAnswer(id, new AnswerInput(Theme.FEELING_SAFE, 2, "Mörkt", null));
        responses.saveAnswer(id, new AnswerInput(Theme.FEELING_SAFE, 5, "Bättre nu", null));

        assertThat(responses.counts(dialogue).started()).isEqualTo(1);
        assertThat(responses.answersOf(id)).singleElement().satisfies(answer -> {
            assertThat(answer.score()).isEqualTo(5);
            assertThat(answer.worksWell()).isEqualTo("Bättre nu");
        });
        ScoreCounts counts = responses.scoreCounts(dialogue);
        assertThat(counts.count(Theme.FEELING_SAFE, 2)).isZero();
        assertThat(counts.count(Theme.FEELING_SAFE, 5)).isEqualTo(1);
    }

    static void assertSameCounts(ScoreCounts tallied, ScoreCounts counted) {
        for (Theme theme : Theme.values()) {
            assertThat(tallied.skipped(theme)).as("skips of %s", theme).isEqualTo(counted.skipped(theme));
            for (int score = tallied.scale().min(); score <= tallied.scale().max(); score++) {
                assertThat(tallied.count(theme, score)).as("%s scored %d", theme, score)
                        .isEqualTo(counted.count(theme, score));
            }
        }
    }

    private void insertAnswer(UUID id, Dialogue dialogue, String theme, Integer score, boolean skipped) {
        jdbc.sql("""
                INSERT INTO answer (response_id, dialogue_id, theme_code, score, skipped, saved_at)
                VALUES (:r, :d, :t, :s, :k, CURRENT_TIMESTAMP)
                """).param("r", id).param("d", dialogue.id()).param("t", theme).param("s", score)
                .param("k", skipped).update();
    }

    // --- resuming on one's own device (issue 13) -------------------------------------------------

    @Test
    void an_own_device_response_resumes_with_its_secret_and_never_with_its_id() {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        UUID id = UUID.randomUUID();
        String secret = resumes.startOnOwnDevice(dialogue, id, catalog.current(Version.VUXEN), Language.SV);
        responses.saveAnswer(id, AnswerInput.scored(Theme.FEELING_SAFE, 6));

        assertThat(secret).hasSizeGreaterThanOrEqualTo(43).doesNotContain(id.toString());
        assertThat(resumes.canResume(secret, dialogue.id())).isTrue();
        ResidentResume resume = resumes.resume(secret, dialogue.id()).orElseThrow();
        assertThat(resume.responseId()).isEqualTo(id);
        assertThat(resume.answers()).containsExactly(AnswerInput.scored(Theme.FEELING_SAFE, 6));

        assertThat(resumes.canResume(id.toString(), dialogue.id())).as("the id from an export").isFalse();
        assertThat(resumes.resume(id.toString(), dialogue.id())).isEmpty();
        assertThat(resumes.resume(secret, dialogue.id() + 1)).as("another dialogue").isEmpty();
        assertThat(resumes.resume(secret + "x", dialogue.id())).isEmpty();
        assertThat(resumes.resume("", dialogue.id())).isEmpty();
    }

    @Test
    void only_the_hash_of_the_secret_is_stored_and_no_export_carries_it() throws Exception {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        UUID id = UUID.randomUUID();
        String secret = resumes.startOnOwnDevice(dialogue, id, catalog.current(Version.VUXEN), Language.SV);
        responses.saveAnswer(id, AnswerInput.scored(Theme.FEELING_SAFE, 6));

        String stored = jdbc.sql("SELECT resume_hash FROM response WHERE id = :id").param("id", id)
                .query(String.class).single();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).isEqualTo(expected).doesNotContain(secret);
        for (ExportFormat format : List.of(ExportFormat.CSV_WIDE,
                ExportFormat.CSV_LONG)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.export(dialogue.id(), format, CsvOptions.STANDARD, out);
            String file = out.toString(StandardCharsets.UTF_8);
            assertThat(file).as(format + " export").contains(id.toString()).doesNotContain(stored)
                    .doesNotContain(secret).doesNotContainIgnoringCase("resume");
        }
    }

    @Test
    void a_forgotten_or_completed_response_cannot_be_resumed() {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        UUID forgotten = UUID.randomUUID();
        String first = resumes.startOnOwnDevice(dialogue, forgotten, catalog.current(Version.VUXEN), Language.SV);
        UUID completed = UUID.randomUUID();
        String second = resumes.startOnOwnDevice(dialogue, completed, catalog.current(Version.VUXEN), Language.SV);

        resumes.forget(first);
        responses.complete(completed);

        assertThat(resumes.resume(first, dialogue.id())).isEmpty();
        assertThat(resumes.resume(second, dialogue.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM response WHERE resume_hash IS NOT NULL AND dialogue_id = :d")
                .param("d", dialogue.id()).query(Long.class).single()).as("no hash kept longer than needed")
                .isZero();
    }
}
