package se.platskompassen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/** The dialogue report of a dialogue with the Climate Lens draws its climate scores as a series of their own (decision 0038). */
@ActiveProfiles("test")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:report-climate;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=false"})
@Import(MutableClock.Config.class)
class ClimateReportTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired DialogueService dialogues;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateModules modules;
    @Autowired ReportService reports;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private String report(Dialogue dialogue) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.dialogueReport(dialogue.id(), ReportGoldenTest.SWEDISH, out);
        return ReportGoldenTest.text(out.toByteArray());
    }

    @Test
    void the_climate_series_is_on_the_compass_of_a_dialogue_with_the_lens_only() throws IOException {
        Dialogue created = tenants.newDialogue(Version.VUXEN);
        Dialogue dialogue = dialogues.update(created.id(), created.settings().withClimateLens(true));
        List<RecordedResponse> recorded = respondents.in(dialogue).count(6)
                .startingAt(Instant.parse("2026-05-04T17:00:00Z"))
                .answers((person, theme) -> AnswerInput.scored(theme, 4)).record();
        Map<UUID, Map<Theme, @Nullable Integer>> scores = new HashMap<>();
        recorded.forEach(response -> scores.put(response.id(), Map.of(Theme.NATURAL_SPACE, 3, Theme.FEELING_SAFE, 2)));
        climate.record(dialogue, modules.current(Version.VUXEN), scores, Instant.parse("2026-05-04T19:00:00Z"));

        assertThat(report(dialogue)).contains("Klimatlinsen (median)");

        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        respondents.in(plain).count(6).answers((person, theme) -> AnswerInput.scored(theme, 4)).record();
        assertThat(report(plain)).doesNotContain("Klimatlinsen");
    }
}
