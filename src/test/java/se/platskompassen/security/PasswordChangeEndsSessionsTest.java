package se.platskompassen.security;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.StaffMember;
import se.platskompassen.organisation.StaffService;
import se.platskompassen.testing.Tenants;

/**
 * Someone who changes a password because it leaked, or an admin who resets it, ends every other
 * open session of that account: a session signed in with the old password stops working at once.
 * Real HTTP sessions, signed in through the login form.
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeEndsSessionsTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired StaffService staff;

    @AfterEach
    void signOutOfThisThread() {
        tenants.signOut();
    }

    /** A browser of its own (its own cookies), signed in as {@code username}. */
    private HttpClient signedIn(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        Matcher parameter = CSRF_PARAMETER.matcher(page);
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (token.find() && parameter.find() ? "&" + parameter.group(1) + "=" + encode(token.group(1)) : "");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
        assertThat(isSignedIn(browser)).isTrue();
        return browser;
    }

    private boolean isSignedIn(HttpClient browser) throws Exception {
        HttpResponse<String> start = browser.send(get("/start"), HttpResponse.BodyHandlers.ofString());
        return start.statusCode() == 200;
    }

    @Test
    void changing_ones_password_ends_the_sessions_signed_in_with_the_old_one() throws Exception {
        long organisation = tenants.newOrganisation().id();
        String member = tenants.newStaff(organisation, Role.FACILITATOR);
        String colleague = tenants.newStaff(organisation, Role.ANALYST);
        HttpClient laptop = signedIn(member, Tenants.PASSWORD);
        HttpClient phone = signedIn(member, Tenants.PASSWORD);
        HttpClient colleagues = signedIn(colleague, Tenants.PASSWORD);

        tenants.signInAs(member);
        staff.changeOwnPassword(Tenants.PASSWORD, "a brand new passphrase");

        assertThat(isSignedIn(laptop)).isFalse();
        assertThat(isSignedIn(phone)).isFalse();
        assertThat(isSignedIn(colleagues)).as("another account's session").isTrue();
        assertThat(isSignedIn(signedIn(member, "a brand new passphrase"))).isTrue();
    }

    @Test
    void an_admins_reset_ends_every_session_of_the_account() throws Exception {
        long organisation = tenants.newOrganisation().id();
        String admin = tenants.newStaff(organisation, Role.ORGANISATION_ADMIN);
        String member = tenants.newStaff(organisation, Role.FACILITATOR);
        HttpClient tablet = signedIn(member, Tenants.PASSWORD);

        tenants.signInAs(admin);
        StaffMember account = staff.ofMyOrganisation().stream().filter(m -> m.username().equals(member)).findFirst()
                .orElseThrow();
        staff.resetPassword(account.id());

        assertThat(isSignedIn(tablet)).isFalse();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
