package se.platskompassen.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.PostgresWebTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API over real HTTP, through the real security chain, on PostgreSQL: tokens and their
 * scopes, revocation, isolation between organisations on every route, the small-group rule in
 * figures, paging, and the OpenAPI description.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiOnPostgresTest {

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private ApiScene a;
    private ApiScene b;

    @BeforeAll
    void twoOrganisations() {
        a = ApiScene.create(tenants, dialogues, respondents, tokens);
        b = ApiScene.create(tenants, dialogues, respondents, tokens);
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                : "http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path, String token) throws Exception {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return json.readTree(response.body());
    }

    private void error(String path, @Nullable String token, int status) throws Exception {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }

    @Test
    void without_a_valid_token_every_route_answers_401_as_json_and_never_redirects_to_the_sign_in_page()
            throws Exception {
        for (String route : routes()) {
            String path = fill(route, a);
            error(path, null, 401);
            error(path, "pkapi_not-a-token-of-ours", 401);
            error(path, "something-else", 401);
        }
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/places")).header("Authorization", "Basic a2FsbGU6aGVtbGlndA==").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    }

    @Test
    void a_request_with_a_token_gets_no_session_cookie() throws Exception {
        HttpResponse<String> response = get("/api/v1/places", a.figuresToken());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_token_of_scope_figures_reads_places_dialogues_and_figures_but_not_single_responses() throws Exception {
        String token = a.figuresToken();
        assertThat(ok("/api/v1/places", token).get("data")).hasSize(1);
        assertThat(ok("/api/v1/dialogues/" + a.dialogue().id(), token).get("title").asString()).isEqualTo("Dialog");
        assertThat(ok("/api/v1/dialogues/" + a.dialogue().id() + "/figures", token).get("themes")).hasSize(14);
        error("/api/v1/dialogues/" + a.dialogue().id() + "/responses", token, 403);
        assertThat(ok("/api/v1/dialogues/" + a.dialogue().id() + "/responses", a.responsesToken()).get("data"))
                .hasSize(ApiScene.RESPONSES);
        assertThat(ok("/api/v1/dialogues/" + a.dialogue().id() + "/figures", a.responsesToken()).get("themes"))
                .as("single responses include what the figures give").hasSize(14);
    }

    @Test
    void a_revoked_token_is_refused_from_the_next_request_on() throws Exception {
        tenants.signInAs(tenants.newStaff(a.organisationId(), Role.ORGANISATION_ADMIN));
        CreatedToken created = tokens.create("Kortlivad", EnumSet.of(ApiScope.FIGURES));
        assertThat(get("/api/v1/places", created.secret()).statusCode()).isEqualTo(200);
        tokens.revoke(created.token().id());
        tenants.signOut();
        error("/api/v1/places", created.secret(), 401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE organisation_id = :o AND action IN "
                + "('API_TOKEN_CREATED', 'API_TOKEN_REVOKED') AND details LIKE '%Kortlivad%'")
                .param("o", a.organisationId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_token_is_stored_only_as_a_hash_and_its_use_is_noted() throws Exception {
        get("/api/v1/places", a.figuresToken());
        List<Map<String, Object>> rows = jdbc.sql("SELECT token_hash, prefix, last_used_at FROM api_token "
                + "WHERE organisation_id = :o AND name = 'Power BI figures'").param("o", a.organisationId())
                .query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("token_hash").toString()).hasSize(64).isNotEqualTo(a.figuresToken())
                .isEqualTo(ApiTokenService.hash(a.figuresToken()));
        assertThat(a.figuresToken()).startsWith(rows.getFirst().get("prefix").toString());
        assertThat(rows.getFirst().get("last_used_at")).isNotNull();
    }

    /** Every route of the API, with another organisation's ids: exactly what a missing id gets. */
    @Test
    void every_route_gives_another_organisations_ids_the_same_404_as_missing_ones() throws Exception {
        for (String route : routes()) {
            if (!route.contains("{")) {
                continue;
            }
            HttpResponse<String> theirs = get(fill(route, b), a.responsesToken());
            HttpResponse<String> missing = get(route.replaceAll("\\{[A-Za-z]+}", String.valueOf(Long.MAX_VALUE)),
                    a.responsesToken());
            assertThat(theirs.statusCode()).as(route).isEqualTo(404);
            assertThat(theirs.body()).as(route).isEqualTo(missing.body());
            assertThat(ok(fill(route, a), a.responsesToken())).as("%s works with one's own ids", route).isNotNull();
        }
    }

    @Test
    void lists_never_hold_another_organisations_rows() throws Exception {
        JsonNode places = ok("/api/v1/places", a.figuresToken()).get("data");
        assertThat(places.valueStream().map(place -> place.get("id").asLong()).toList()).containsExactly(a.placeId());
        for (String path : List.of("/api/v1/dialogues", "/api/v1/places/" + a.placeId() + "/dialogues")) {
            JsonNode data = ok(path, a.figuresToken()).get("data");
            assertThat(data.valueStream().map(dialogue -> dialogue.get("id").asLong()).toList())
                    .containsExactlyInAnyOrderElementsOf(a.dialogueIds());
        }
        JsonNode responses = ok("/api/v1/dialogues/" + a.dialogue().id() + "/responses", a.responsesToken());
        assertThat(responses.get("data").valueStream().map(r -> UUID.fromString(r.get("id").asString())).toList())
                .containsExactlyElementsOf(a.responseIds()).doesNotContainAnyElementsOf(b.responseIds());
    }

    @Test
    void figures_follow_the_small_group_rule_and_hidden_ones_carry_nothing_but_the_reason() throws Exception {
        JsonNode figures = ok("/api/v1/dialogues/" + a.dialogue().id() + "/figures", a.figuresToken());
        assertThat(figures.get("minGroupSize").asInt()).isEqualTo(5);
        assertThat(figures.path("weighted").isBoolean()).as("the figures say they are not weighted").isTrue();
        assertThat(figures.get("weighted").asBoolean()).isFalse();
        assertThat(figures.get("respondents").asLong()).isEqualTo(ApiScene.RESPONSES);
        JsonNode moving = theme(figures, "MOVING_AROUND");
        assertThat(moving.get("hidden").isNull()).isTrue();
        assertThat(moving.get("n").asLong()).isEqualTo(7);
        assertThat(moving.get("median").asDouble()).isEqualTo(4.0);
        assertThat(moving.get("counts")).hasSize(7);
        assertThat(moving.get("counts").get(0).get("score").asInt()).isEqualTo(1);
        assertThat(moving.get("counts").get(0).get("count").asLong()).isEqualTo(1);
        JsonNode safe = theme(figures, "FEELING_SAFE");
        assertThat(safe.get("hidden").asString()).isEqualTo("TOO_FEW");
        for (String field : List.of("n", "skipped", "median", "lowerQuartile", "upperQuartile", "counts")) {
            assertThat(safe.get(field).isNull()).as(field).isTrue();
        }
        JsonNode small = ok("/api/v1/dialogues/" + a.small().id() + "/figures", a.figuresToken());
        assertThat(small.get("respondents").isNull()).isTrue();
        assertThat(small.get("respondentsHidden").asString()).isEqualTo("TOO_FEW");
        assertThat(small.get("themes").valueStream().allMatch(theme -> theme.get("median").isNull()
                && !theme.get("hidden").isNull())).isTrue();
    }

    private static JsonNode theme(JsonNode figures, String code) {
        return figures.get("themes").valueStream().filter(theme -> theme.get("theme").asString().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void responses_come_page_by_page_in_a_stable_order_by_following_links_next() throws Exception {
        List<UUID> seen = new ArrayList<>();
        String next = "/api/v1/dialogues/" + a.dialogue().id() + "/responses?size=2";
        int pages = 0;
        long before = exports();
        while (next != null) {
            JsonNode page = ok(next, a.responsesToken());
            assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(ApiScene.RESPONSES);
            assertThat(page.get("data").size()).isLessThanOrEqualTo(2);
            page.get("data").forEach(response -> seen.add(UUID.fromString(response.get("id").asString())));
            JsonNode link = page.get("links").get("next");
            next = link.isNull() ? null : link.asString();
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(a.responseIds());
        assertThat(pages).isEqualTo(4);
        assertThat(exports() - before).as("one audit entry per request of responses").isEqualTo(4);

        JsonNode first = ok("/api/v1/dialogues/" + a.dialogue().id() + "/responses?size=1", a.responsesToken())
                .get("data").get(0);
        assertThat(first.get("startedAt").asString()).isEqualTo("2026-05-04T17:00:00.123456Z");
        assertThat(first.get("collectionMode").asString()).isEqualTo("OWN_DEVICE");
        assertThat(first.get("formNumber").isNull()).isTrue();
        assertThat(first.get("answers").valueStream().map(answer -> answer.get("theme").asString()).toList())
                .containsExactly("MOVING_AROUND", "FEELING_SAFE");
        JsonNode last = ok("/api/v1/dialogues/" + a.dialogue().id() + "/responses?size=1000", a.responsesToken())
                .get("data").valueStream().toList().getLast();
        assertThat(last.get("collectionMode").asString()).isEqualTo("PAPER");
        assertThat(last.get("formNumber").asString()).isEqualTo("17");
    }

    private long exports() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE organisation_id = :o AND action = 'EXPORT'")
                .param("o", a.organisationId()).query(Long.class).single();
    }

    @Test
    void responses_can_be_narrowed_to_the_languages_they_were_given_in() throws Exception {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        Instant start = Instant.parse("2026-05-04T17:00:00Z");
        respondents.in(dialogue).count(2).startingAt(start, Duration.ofMinutes(1)).score(Theme.MOVING_AROUND, 2)
                .record();
        List<UUID> easy = respondents.in(dialogue).count(2).language(Language.SV_EASY)
                .startingAt(start.plusSeconds(600), Duration.ofMinutes(1)).score(Theme.MOVING_AROUND, 5).record()
                .stream().map(RecordedResponse::id).toList();
        UUID arabic = respondents.in(dialogue).language(Language.AR).startingAt(start.plusSeconds(1200))
                .score(Theme.MOVING_AROUND, 7).record().getFirst().id();
        String token = tokens.create("Språk", EnumSet.of(ApiScope.RESPONSES)).secret();
        tenants.signOut();
        String path = "/api/v1/dialogues/" + dialogue.id() + "/responses";

        JsonNode onlyArabic = ok(path + "?language=ar", token);
        assertThat(onlyArabic.get("data").valueStream().map(r -> r.get("id").asString()).toList())
                .containsExactly(arabic.toString());
        assertThat(onlyArabic.get("data").get(0).get("language").asString()).isEqualTo("ar");
        assertThat(onlyArabic.get("page").get("totalElements").asLong()).isEqualTo(1);

        // Repeated or comma-separated; the next page keeps the narrowing.
        List<String> seen = new ArrayList<>();
        String next = path + "?size=2&language=sv-x-easy&language=ar";
        while (next != null) {
            JsonNode page = ok(next, token);
            assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(3);
            page.get("data").forEach(r -> seen.add(r.get("language").asString()));
            next = page.get("links").get("next").isNull() ? null : page.get("links").get("next").asString();
        }
        assertThat(seen).containsExactly("sv-x-easy", "sv-x-easy", "ar");
        assertThat(ok(path + "?language=sv-x-easy,ar", token).get("data").valueStream()
                .map(r -> UUID.fromString(r.get("id").asString())).toList())
                .containsExactly(easy.get(0), easy.get(1), arabic);
        assertThat(ok(path, token).get("data")).as("no narrowing: every language").hasSize(5);

        HttpResponse<String> unknown = get(path + "?language=klingon", token);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("message").asString())
                .contains("klingon", "sv, en, sv-x-easy, ar, fa, so, ti, uk, fi, pl");
    }

    @Test
    void the_openapi_description_documents_the_language_filter_of_responses() throws Exception {
        JsonNode parameters = ok("/api/v1/openapi.json", null).get("paths")
                .get("/api/v1/dialogues/{dialogueId}/responses").get("get").get("parameters");
        JsonNode language = parameters.valueStream().filter(p -> p.get("name").asString().equals("language"))
                .findFirst().orElseThrow(() -> new AssertionError("no language parameter: " + parameters));
        assertThat(language.get("in").asString()).isEqualTo("query");
        assertThat(language.get("required").asBoolean()).isFalse();
        assertThat(language.get("description").asString()).contains("BCP 47", "sv-x-easy");
    }

    @Test
    void places_and_dialogues_page_with_page_and_size_and_totals() throws Exception {
        JsonNode first = ok("/api/v1/dialogues?page=0&size=1", a.figuresToken());
        assertThat(first.get("data")).hasSize(1);
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(2);
        JsonNode second = ok(first.get("links").get("next").asString(), a.figuresToken());
        assertThat(second.get("links").get("next").isNull()).isTrue();
        assertThat(second.get("data").get(0).get("id").asLong())
                .isGreaterThan(first.get("data").get(0).get("id").asLong());
        assertThat(ok("/api/v1/dialogues?page=7", a.figuresToken()).get("data")).isEmpty();
    }

    @Test
    void bad_paging_is_a_400() throws Exception {
        String responsesPath = "/api/v1/dialogues/" + a.dialogue().id() + "/responses";
        for (String path : List.of("/api/v1/places?page=-1", "/api/v1/places?size=0", "/api/v1/places?size=501",
                "/api/v1/dialogues?page=x", responsesPath + "?size=0", responsesPath + "?size=1001",
                responsesPath + "?after=not-a-cursor", "/api/v1/dialogues/abc")) {
            error(path, a.responsesToken(), 400);
        }
        error("/api/v1/nothing-here", a.responsesToken(), 404);
    }

    @Test
    void the_openapi_description_is_open_and_lists_every_route_of_the_api() throws Exception {
        JsonNode spec = ok("/api/v1/openapi.json", null);
        assertThat(spec.get("openapi").asString()).startsWith("3.");
        for (String route : routes()) {
            assertThat(spec.get("paths").has(route)).as("the description lists %s", route).isTrue();
            assertThat(spec.get("paths").get(route).has("get")).isTrue();
        }
        assertThat(spec.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(spec.get("components").get("securitySchemes").get(ApiDocumentation.BEARER).get("scheme")
                .asString()).isEqualTo("bearer");
        assertThat(spec.get("info").get("description").asString()).as("documents whether figures are weighted")
                .contains("`\"weighted\": false`", "`\"weighted\": true`");
    }

    /** The routes of the API's controller, found by reflection, so that a new route is tested too. */
    static List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (Method method : ApiController.class.getDeclaredMethods()) {
            GetMapping mapping = method.getAnnotation(GetMapping.class);
            if (mapping != null) {
                routes.add(ApiController.BASE + mapping.value()[0]);
            }
        }
        assertThat(routes).hasSizeGreaterThanOrEqualTo(7);
        return routes;
    }

    private static String fill(String route, ApiScene scene) {
        return route.replace("{placeId}", String.valueOf(scene.placeId()))
                .replace("{dialogueId}", String.valueOf(scene.dialogue().id()));
    }
}
