package se.platskompassen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseExclusions;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * The climate export (decision 0038): the Climate Lens' answers in columns of their own, one row
 * per response and theme where the question was shown, a skip marked, the module revision and hash
 * named, of the same responses as the other exports (excluded ones and other languages left out).
 */
@EmbeddedTest
class ClimateExportTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired DialogueService dialogues;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateModules modules;
    @Autowired ExportService exports;
    @Autowired ResponseExclusions exclusions;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private List<String> export(Dialogue dialogue, EnumSet<Language> languages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(dialogue.id()), languages, ExportFormat.CSV_CLIMATE, CsvOptions.STANDARD, out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void each_climate_answer_is_a_row_with_its_score_skip_and_module_revision() throws Exception {
        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        Dialogue dialogue = dialogues.update(plain.id(), plain.settings().withClimateLens(true));
        Instant start = Instant.parse("2026-05-04T17:00:00Z");
        List<RecordedResponse> swedish = respondents.in(dialogue).count(2).startingAt(start, Duration.ofMinutes(1))
                .scoreEveryTheme(4).record();
        List<RecordedResponse> arabic = respondents.in(dialogue).language(Language.AR)
                .startingAt(start.plusSeconds(600)).scoreEveryTheme(4).record();
        ClimateModule module = modules.current(Version.VUXEN);
        Map<UUID, Map<Theme, @Nullable Integer>> scores = new HashMap<>();
        Map<Theme, @Nullable Integer> first = new HashMap<>();
        first.put(Theme.NATURAL_SPACE, 6);
        first.put(Theme.MOVING_AROUND, null);
        scores.put(swedish.get(0).id(), first);
        scores.put(swedish.get(1).id(), Map.of(Theme.MOVING_AROUND, 2));
        scores.put(arabic.get(0).id(), Map.of(Theme.MOVING_AROUND, 7));
        climate.record(dialogue, module, scores, start.plusSeconds(3600));

        List<String> all = export(dialogue, EnumSet.allOf(Language.class));
        assertThat(all.getFirst()).isEqualTo("response_id,dialogue_id,version,language,theme,theme_number,"
                + "climate_score,climate_skipped,climate_revision,climate_hash");
        String firstId = swedish.get(0).id().toString();
        assertThat(all.subList(1, all.size())).containsExactly(
                firstId + "," + dialogue.id() + ",vuxen,sv,MOVING_AROUND,1,,true," + module.id() + "," + module.hash(),
                firstId + "," + dialogue.id() + ",vuxen,sv,NATURAL_SPACE,5,6,false," + module.id() + "," + module.hash(),
                swedish.get(1).id() + "," + dialogue.id() + ",vuxen,sv,MOVING_AROUND,1,2,false," + module.id() + ","
                        + module.hash(),
                arabic.get(0).id() + "," + dialogue.id() + ",vuxen,ar,MOVING_AROUND,1,7,false," + module.id() + ","
                        + module.hash());

        assertThat(export(dialogue, EnumSet.of(Language.AR))).as("only the Arabic response").hasSize(2);
        exclusions.exclude(dialogue, List.of(arabic.get(0).id()), "test");
        assertThat(export(dialogue, EnumSet.allOf(Language.class))).as("excluded responses are left out").hasSize(4);
    }

    @Test
    void a_dialogue_without_the_climate_lens_exports_the_header_only() throws Exception {
        Dialogue dialogue = tenants.newDialogue(Version.BARN);
        respondents.in(dialogue).count(2).scoreEveryTheme(2).record();
        assertThat(export(dialogue, EnumSet.allOf(Language.class))).hasSize(1);
    }
}
