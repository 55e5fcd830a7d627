package se.platskompassen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthEndpointTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_answers_up_without_login_and_tells_nothing_more() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("db").doesNotContain("diskSpace");
    }

    @Test
    void no_other_actuator_endpoint_answers() throws Exception {
        for (String endpoint : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/metrics", "/actuator/info"}) {
            HttpResponse<String> response = get(endpoint);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(endpoint)
                    .doesNotContain("actuator").doesNotContain("json").doesNotContain("octet-stream");
            assertThat(response.body()).as(endpoint)
                    .doesNotContain("propertySources").doesNotContain("\"beans\"").doesNotContain("_links");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
