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
    @Autowired ImportService imports;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private List<String> export(Dialogue dialogue, EnumSet<Language> languages) throws Exception {
        return export(dialogue, languages, ExportFormat.CSV_CLIMATE);
    }

    private List<String> export(Dialogue dialogue, EnumSet<Language> languages, ExportFormat format)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(dialogue.id()), languages, format, CsvOptions.STANDARD, out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    }

    /** The last {@code count} cells of a CSV line (the climate columns come last; no commas in these rows). */
    private static List<String> last(String line, int count) {
        List<String> cells = List.of(line.split(",", -1));
        return cells.subList(cells.size() - count, cells.size());
    }

    /** Two responses; the first scores NATURAL_SPACE 6 and skips MOVING_AROUND's climate question. */
    private Dialogue lensDialogueWithTwoResponses(List<RecordedResponse> recorded) {
        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        Dialogue dialogue = dialogues.update(plain.id(), plain.settings().withClimateLens(true));
        recorded.addAll(respondents.in(dialogue).count(2).scoreEveryTheme(4).record());
        Map<Theme, @Nullable Integer> first = new HashMap<>();
        first.put(Theme.NATURAL_SPACE, 6);
        first.put(Theme.MOVING_AROUND, null);
        climate.record(dialogue, modules.current(Version.VUXEN), Map.of(recorded.get(0).id(), first),
                Instant.parse("2026-05-04T18:00:00Z"));
        return dialogue;
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
    void the_wide_and_long_exports_carry_the_climate_scores_in_their_own_last_columns() throws Exception {
        List<RecordedResponse> recorded = new java.util.ArrayList<>();
        Dialogue dialogue = lensDialogueWithTwoResponses(recorded);

        List<String> wide = export(dialogue, EnumSet.allOf(Language.class), ExportFormat.CSV_WIDE);
        assertThat(last(wide.getFirst(), 14)).containsExactly("climate_MOVING_AROUND", "climate_PUBLIC_TRANSPORT",
                "climate_TRAFFIC_PARKING", "climate_STREETS_SPACES", "climate_NATURAL_SPACE",
                "climate_PLAY_RECREATION", "climate_FACILITIES_SERVICES", "climate_WORK_ECONOMY",
                "climate_HOUSING_COMMUNITY", "climate_SOCIAL_CONTACT", "climate_IDENTITY_BELONGING",
                "climate_FEELING_SAFE", "climate_CARE_MAINTENANCE", "climate_INFLUENCE_CONTROL");
        assertThat(last(wide.get(1), 14)).containsExactly("", "", "", "", "6", "", "", "", "", "", "", "", "", "");
        assertThat(last(wide.get(2), 14)).as("no climate answers: empty").containsOnly("");

        List<String> longRows = export(dialogue, EnumSet.allOf(Language.class), ExportFormat.CSV_LONG);
        assertThat(last(longRows.getFirst(), 2)).containsExactly("climate_score", "climate_skipped");
        assertThat(last(longRows.get(1), 2)).as("MOVING_AROUND: climate question skipped").containsExactly("", "true");
        assertThat(last(longRows.get(2), 2)).as("PUBLIC_TRANSPORT: not shown").containsExactly("", "");
        assertThat(last(longRows.get(5), 2)).as("NATURAL_SPACE").containsExactly("6", "false");
    }

    @Test
    void an_import_refuses_climate_scores_of_new_responses_and_takes_its_own_export_back_unchanged() throws Exception {
        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        byte[] file = "MOVING_AROUND,climate_MOVING_AROUND\n4,5\n3,\n".getBytes(StandardCharsets.UTF_8);
        ImportReport report = imports.checkImport(plain.id(), file);
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.api.Assertions.tuple(2, "climate_MOVING_AROUND",
                        "exchange.import.problem.climateNotImported"));
        assertThat(report.newResponses()).as("nothing is saved while a row has a problem").isZero();

        List<RecordedResponse> recorded = new java.util.ArrayList<>();
        Dialogue dialogue = lensDialogueWithTwoResponses(recorded);
        byte[] export = String.join("\r\n", export(dialogue, EnumSet.allOf(Language.class), ExportFormat.CSV_WIDE))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(imports.checkImport(dialogue.id(), export)).as("its own export: already there")
                .isEqualTo(new ImportReport(2, 0, 2, List.of(), 0));
    }

    @Test
    void a_dialogue_without_the_climate_lens_exports_the_header_only() throws Exception {
        Dialogue dialogue = tenants.newDialogue(Version.BARN);
        respondents.in(dialogue).count(2).scoreEveryTheme(2).record();
        assertThat(export(dialogue, EnumSet.allOf(Language.class))).hasSize(1);
    }
}
