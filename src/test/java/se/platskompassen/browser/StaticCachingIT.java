package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production jar lets browsers keep what never changes under its name and nothing else: a
 * phone coming back to a dialogue the next day loads Vaadin's scripts from its cache (decision 0023).
 */
@ExtendWith(RunningApp.Provider.class)
class StaticCachingIT {

    private static final Pattern SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[^\"]+\\.js)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hashed_scripts_are_kept_for_a_year_and_pages_are_not_kept(RunningApp app) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(app.baseUri().resolve("/d/DEMO-VUXEN")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher script = SCRIPT.matcher(page.body());
        assertThat(script.find()).as("the page names its hashed script: " + page.body()).isTrue();

        HttpResponse<Void> hashed = http.send(HttpRequest.newBuilder(app.baseUri().resolve("/" + script.group(1)))
                .header("Accept-Encoding", "br, gzip").build(), HttpResponse.BodyHandlers.discarding());

        assertThat(hashed.statusCode()).isEqualTo(200);
        assertThat(hashed.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, immutable");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
    }

    @Test
    void a_script_without_a_hash_in_its_name_is_not_kept_long(RunningApp app) throws Exception {
        HttpResponse<Void> push = http.send(HttpRequest.newBuilder(URI.create(
                app.baseUri().resolve("/VAADIN/static/push/vaadinPush-min.js").toString())).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(push.statusCode()).isEqualTo(200);
        assertThat(push.headers().firstValue("Cache-Control").orElse("")).doesNotContain("31536000");
    }
}
