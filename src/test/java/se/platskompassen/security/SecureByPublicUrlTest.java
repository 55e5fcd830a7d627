package se.platskompassen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An operator who set an {@code https://} public address but forgot the proxy headers: the
 * application cannot see that browsers use HTTPS, but the public address says so, so the session
 * cookie is still {@code Secure} and HSTS is still sent.
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platskompassen.public-url=https://platskompassen.example.se")
class SecureByPublicUrlTest {

    @LocalServerPort int port;

    @Test
    void an_https_public_address_makes_the_session_cookie_secure_and_sends_hsts() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
    }
}
