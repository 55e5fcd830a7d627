package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.platskompassen.demo.DemoAccounts;

/** Staff sign in through the real login form, and their first pages pass the accessibility check. */
class StaffSignInIT extends BrowserTest {

    @Test
    void the_login_page_is_accessible_and_lists_the_demo_accounts() {
        resize(Viewport.TABLET_LANDSCAPE);
        open("/login");
        waitForHeading("Logga in");
        waitForText("kommun-admin");
        screenshot("login-page");
        checkAccessibility("login-page");
    }

    @Test
    void an_admin_signs_in_and_reaches_the_staff_pages() {
        resize(Viewport.TABLET_LANDSCAPE);
        signIn("kommun-admin", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        screenshot("staff-start");
        checkAccessibility("staff-start");

        open("/staff");
        waitForHeading("Personal");
        waitForText("kommun-samordnare");
        screenshot("staff-page");
        checkAccessibility("staff-page");

        open("/privacy");
        waitForHeading("Integritet");
        screenshot("privacy-page");
        checkAccessibility("privacy-page");
    }

    @Test
    void a_wrong_password_keeps_the_person_on_the_login_page_with_a_message() {
        resize(Viewport.PHONE);
        signIn("region-analytiker", "not-the-password");
        assertThat(waitFor(By.cssSelector("[role='alert']")).getText()).contains("Inloggningen misslyckades");
        assertThat(driver.getCurrentUrl()).contains("/login");
        screenshot("login-failed-phone");
    }

    @Test
    void a_staff_page_asks_for_the_login_first() {
        open("/staff");
        waitForHeading("Logga in");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }
}
