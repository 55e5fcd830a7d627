package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.platskompassen.demo.DemoAccounts;

/**
 * A staff member changes their password on the password page and goes on working there, while
 * their other session (another device, signed in with the old password) ends at once.
 */
class PasswordChangeIT extends BrowserTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final String MEMBER = "region-samordnare";
    private static final String NEW_PASSWORD = "en ny lösenfras för regionen";

    private URI base;

    @BeforeAll
    void theApplication(RunningApp app) {
        base = app.baseUri();
    }

    @Test
    void changing_ones_password_keeps_this_session_and_ends_the_other_device() throws Exception {
        HttpClient otherDevice = signedInOverHttp(MEMBER, DemoAccounts.PASSWORD);
        assertThat(status(otherDevice, "/start")).as("the other device, signed in").isEqualTo(200);

        resize(Viewport.TABLET_LANDSCAPE);
        signIn(MEMBER, DemoAccounts.PASSWORD);
        waitForHeading("Start");
        open("/password");
        waitForHeading("Byt lösenord");
        field("Nuvarande lösenord").sendKeys(DemoAccounts.PASSWORD);
        field("Nytt lösenord").sendKeys(NEW_PASSWORD);
        field("Nytt lösenord igen").sendKeys(NEW_PASSWORD);
        button("Spara lösenordet").click();
        waitForHeading("Start");

        open("/start");
        waitForHeading("Start");
        assertThat(status(otherDevice, "/start")).as("the other device, sent to the login").isEqualTo(302);
    }

    private HttpClient signedInOverHttp(String username, String password) throws Exception {
        HttpClient device = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = device.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        Matcher parameter = CSRF_PARAMETER.matcher(page);
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (token.find() && parameter.find() ? "&" + parameter.group(1) + "=" + encode(token.group(1)) : "");
        device.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return device;
    }

    private int status(HttpClient device, String path) throws Exception {
        return device.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
