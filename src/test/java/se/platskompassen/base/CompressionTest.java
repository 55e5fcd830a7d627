package se.platskompassen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Text goes out compressed to browsers that accept it: a resident's phone on a weak connection
 * downloads the stylesheets and every screen's changes (Vaadin's JSON) at a fraction of their size.
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompressionTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void stylesheets_go_out_compressed_and_unchanged() throws Exception {
        for (String stylesheet : new String[] {"/lumo/lumo.css", "/styles/platskompassen.css"}) {
            HttpResponse<byte[]> plain = get(stylesheet, "identity");
            HttpResponse<byte[]> compressed = get(stylesheet, "gzip");

            assertThat(plain.statusCode()).as(stylesheet).isEqualTo(200);
            assertThat(compressed.headers().firstValue("Content-Encoding")).as(stylesheet).hasValue("gzip");
            assertThat(compressed.body().length).as(stylesheet).isLessThan(plain.body().length);
            assertThat(gunzip(compressed.body())).as(stylesheet).isEqualTo(plain.body());
        }
    }

    @Test
    void json_goes_out_compressed() throws Exception {
        HttpResponse<byte[]> api = get("/api/v1/openapi.json", "gzip");

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(api.body()))).startsWith("{");
    }

    /**
     * Compressing a response that holds a secret next to text an attacker chose can leak the
     * secret through sizes (BREACH). Requests another site makes a browser send carry no session
     * cookie here, so they never see the session's CSRF keys (decision 0023).
     */
    @Test
    void the_session_cookie_stays_home() throws Exception {
        HttpResponse<byte[]> page = get("/login", "gzip");

        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().asString().contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void nothing_is_compressed_for_a_client_that_did_not_ask() throws Exception {
        HttpResponse<byte[]> plain = get("/lumo/lumo.css", "identity");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
