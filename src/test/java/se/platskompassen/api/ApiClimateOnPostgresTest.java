package se.platskompassen.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.testing.PostgresWebTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Climate Lens' figures in the API (decision 0038): their own route, the same form as a
 * dialogue's figures, the small-group rule on the climate answers' own counts, and nothing for a
 * dialogue without the lens or of another organisation.
 */
@PostgresWebTest
class ApiClimateOnPostgresTest {

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired DialogueService dialogues;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateModules modules;
    @Autowired ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Seven responses; all give MOVING_AROUND a climate score, only two give one to FEELING_SAFE. */
    private Dialogue climateDialogue() {
        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        Dialogue dialogue = dialogues.update(plain.id(), plain.settings().withClimateLens(true));
        List<RecordedResponse> recorded = respondents.in(dialogue).count(7)
                .answers((i, theme) -> theme == Theme.MOVING_AROUND || theme == Theme.FEELING_SAFE
                        ? AnswerInput.scored(theme, 4) : null)
                .record();
        Map<UUID, Map<Theme, @Nullable Integer>> scores = new HashMap<>();
        for (int i = 0; i < recorded.size(); i++) {
            Map<Theme, @Nullable Integer> byTheme = new HashMap<>();
            byTheme.put(Theme.MOVING_AROUND, 2 + i % 3);
            byTheme.put(Theme.FEELING_SAFE, i < 2 ? 5 : null);
            scores.put(recorded.get(i).id(), byTheme);
        }
        climate.record(dialogue, modules.current(Version.VUXEN), scores, Instant.parse("2026-05-04T18:00:00Z"));
        return dialogue;
    }

    @Test
    void a_dialogues_climate_figures_are_a_series_of_their_own_after_the_small_group_rule() throws Exception {
        Dialogue dialogue = climateDialogue();
        String token = tokens.create("BI", EnumSet.of(ApiScope.FIGURES)).secret();
        tenants.signOut();

        HttpResponse<String> response = get("/api/v1/dialogues/" + dialogue.id() + "/climate-figures", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode figures = json.readTree(response.body());
        assertThat(figures.get("respondents").asLong()).isEqualTo(7);
        JsonNode themes = figures.get("themes");
        assertThat(themes).hasSize(14);
        JsonNode moving = themes.get(Theme.MOVING_AROUND.ordinal());
        assertThat(moving.get("n").asLong()).isEqualTo(7);
        assertThat(moving.get("median").asDouble()).isEqualTo(3.0);
        JsonNode safe = themes.get(Theme.FEELING_SAFE.ordinal());
        assertThat(safe.get("hidden").asString()).as("two climate answers are too few").isEqualTo("TOO_FEW");
        assertThat(safe.get("median").isNull()).isTrue();
    }

    @Test
    void a_dialogue_without_the_lens_or_of_another_organisation_has_no_climate_figures() throws Exception {
        Dialogue withLens = climateDialogue();
        tenants.signOut();
        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        String token = tokens.create("BI", EnumSet.of(ApiScope.FIGURES)).secret();
        tenants.signOut();

        assertThat(get("/api/v1/dialogues/" + plain.id() + "/climate-figures", token).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/dialogues/" + withLens.id() + "/climate-figures", token).statusCode())
                .as("another organisation's dialogue").isEqualTo(404);
    }

    @Test
    void single_responses_carry_their_climate_scores_in_fields_of_their_own() throws Exception {
        Dialogue dialogue = climateDialogue();
        String token = tokens.create("BI", EnumSet.of(ApiScope.RESPONSES)).secret();
        tenants.signOut();
        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        respondents.in(plain).answers((i, theme) -> AnswerInput.scored(theme, 3)).record();
        String plainToken = tokens.create("BI", EnumSet.of(ApiScope.RESPONSES)).secret();
        tenants.signOut();

        HttpResponse<String> response = get("/api/v1/dialogues/" + dialogue.id() + "/responses?size=7", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode first = json.readTree(response.body()).get("data").get(0);
        Map<String, JsonNode> answers = new HashMap<>();
        first.get("answers").forEach(answer -> answers.put(answer.get("theme").asString(), answer));
        assertThat(answers.get("MOVING_AROUND").get("climateScore").asInt()).isEqualTo(2);
        assertThat(answers.get("MOVING_AROUND").get("climateSkipped").asBoolean()).isFalse();
        JsonNode third = json.readTree(response.body()).get("data").get(2);
        third.get("answers").forEach(answer -> answers.put(answer.get("theme").asString(), answer));
        assertThat(answers.get("FEELING_SAFE").get("climateScore").isNull()).as("a skipped climate question").isTrue();
        assertThat(answers.get("FEELING_SAFE").get("climateSkipped").asBoolean()).isTrue();

        JsonNode plainAnswer = json.readTree(get("/api/v1/dialogues/" + plain.id() + "/responses", plainToken).body())
                .get("data").get(0).get("answers").get(0);
        assertThat(plainAnswer.get("climateScore").isNull()).as("no lens: empty").isTrue();
        assertThat(plainAnswer.get("climateSkipped").isNull()).isTrue();
    }
}
