package se.platskompassen.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.population.PlacePopulation;
import se.platskompassen.population.PopulationCell;
import se.platskompassen.population.PopulationService;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;
import se.platskompassen.testing.PostgresWebTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Weighted figures over the JSON API: said to be weighted, scoped to the organisation, 404 without population. */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeightedFiguresApiOnPostgresTest {

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired DialogueService dialogues;
    @Autowired ApiTokenService tokens;
    @Autowired PopulationService population;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private ApiScene a;
    private ApiScene b;

    @BeforeAll
    void twoOrganisationsTheFirstWithPopulation() {
        a = ApiScene.create(tenants, dialogues, respondents, tokens);
        tenants.as(a.organisationId(), () -> population.save(a.placeId(), new PlacePopulation(2024, "SCB",
                Map.of(new PopulationCell(AgeBand.AGE_30_49, Gender.WOMAN), 100L)), false));
        b = ApiScene.create(tenants, dialogues, respondents, tokens);
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void weighted_figures_say_they_are_weighted_and_how() throws Exception {
        HttpResponse<String> response = get("/api/v1/dialogues/" + a.dialogue().id() + "/figures/weighted",
                a.figuresToken());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("weighted").asBoolean()).isTrue();
        assertThat(body.get("cap").asDouble()).isEqualTo(3.0);
        assertThat(body.get("renormalisedAfterCap").asBoolean()).isFalse();
        assertThat(body.get("populationYear").asInt()).isEqualTo(2024);
        assertThat(body.get("themes")).hasSize(14);
        // The scene's respondents gave no background: all of them keep weight 1, nothing is weighted.
        assertThat(body.get("unweightedRespondents").asLong()).isEqualTo(ApiScene.RESPONSES);
    }

    @Test
    void another_organisations_dialogue_and_a_place_without_population_are_not_found() throws Exception {
        assertThat(get("/api/v1/dialogues/" + a.dialogue().id() + "/figures/weighted", b.figuresToken()).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/dialogues/" + b.dialogue().id() + "/figures/weighted", b.figuresToken()).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/dialogues/" + a.dialogue().id() + "/figures/weighted", null).statusCode())
                .isEqualTo(401);
    }
}
