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
 * Behind a TLS proxy that says so ({@code X-Forwarded-Proto: https}, trusted once the operator
 * sets {@code PLATSKOMPASSEN_FORWARD_HEADERS=native}), browsers are told to use HTTPS only and the
 * session cookie is {@code Secure}; every page carries a Content-Security-Policy that Vaadin
 * works under (FrontPageIT and StaffSignInIT walk the pages under it).
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SecurityHeadersTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_page_has_a_content_security_policy_that_keeps_other_sites_out() throws Exception {
        for (String path : new String[] {"/", "/login", "/d/DEMO-VUXEN"}) {
            String policy = get(path).headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'",
                    "base-uri 'self'", "form-action 'self'");
        }
    }

    @Test
    void behind_a_tls_proxy_browsers_get_hsts_and_a_secure_session_cookie() throws Exception {
        HttpResponse<String> page = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5");

        assertThat(page.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void over_plain_http_without_a_proxy_there_is_no_hsts_and_the_cookie_works() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
    }
}
