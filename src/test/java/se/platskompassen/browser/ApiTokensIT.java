package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.platskompassen.demo.DemoAccounts;

/**
 * API tokens end to end on the production jar: an organisation admin creates a token on the
 * page, a client reads the organisation's places with it, the staff session alone opens
 * nothing, and once the token is revoked on the page the next request is refused.
 */
class ApiTokensIT extends BrowserTest {

    private static final String NAME = "Power BI i webbläsartestet";

    /** Status and body of a GET of the API from the page, with the given bearer token (or none). */
    private String get(String path, String token) {
        return (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const headers = arguments[1] ? {'Authorization': 'Bearer ' + arguments[1]} : {};
                fetch(arguments[0], {credentials: 'same-origin', headers: headers})
                    .then(r => r.text().then(t => done(r.status + ' ' + t)))
                    .catch(e => done('failed ' + e));
                """, path, token);
    }

    @Test
    void an_admin_creates_a_token_a_client_reads_with_it_and_revoking_stops_it() {
        resize(Viewport.TABLET_LANDSCAPE);
        signIn("kommun-admin", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        open("api-tokens");
        waitForHeading("API-nycklar");
        checkAccessibility("api-tokens");

        field("Namn").sendKeys(NAME);
        button("Skapa nyckel").click();
        WebElement shown = field("API-nyckel ”" + NAME + "”");
        String token = shown.getAttribute("value");
        assertThat(token).startsWith("pkapi_").hasSizeGreaterThan(40);
        screenshot("api-token-created");
        button("Jag har kopierat nyckeln").click();

        assertThat(get("/api/v1/places", token)).startsWith("200 ").contains("\"name\":\"Centrum\"");
        assertThat(get("/api/v1/places", null)).as("the staff session does not open the API").startsWith("401 ");
        assertThat(get("/api/v1/openapi.json", null)).startsWith("200 ").contains("\"openapi\":\"3.");

        WebElement revoke = waitFor(By.xpath("//vaadin-button[@aria-label = 'Spärra nyckeln " + NAME + "']"));
        script("arguments[0].scrollIntoView({block: 'center'});", revoke);
        revoke.click();
        waitForText("Verktyg som använder nyckeln");
        driver.findElement(By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[normalize-space() = 'Spärra']"
                + " | //vaadin-button[@slot = 'confirm-button'][normalize-space() = 'Spärra']")).click();
        waitForText("Nyckeln ”" + NAME + "” är spärrad.");

        assertThat(get("/api/v1/places", token)).startsWith("401 ");
    }
}
