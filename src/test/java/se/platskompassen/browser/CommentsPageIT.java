package se.platskompassen.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.platskompassen.demo.DemoAccounts;

/** The comments page of the demo municipality, with its tags, passes the accessibility check. */
class CommentsPageIT extends BrowserTest {

    private void signIn(String username) {
        open("/login");
        waitForHeading("Logga in");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(DemoAccounts.PASSWORD);
        button("Logga in").click();
        waitForHeading("Start");
    }

    @Test
    void a_facilitator_sees_the_comments_with_tag_pickers_and_the_tags_panel() {
        resize(Viewport.TABLET_LANDSCAPE);
        signIn("kommun-samordnare");
        open("/comments");
        waitForHeading("Kommentarer");
        waitForText("trygghet");
        waitFor(By.cssSelector("vaadin-grid vaadin-multi-select-combo-box"));
        waitForVaadin();
        screenshot("comments-facilitator");
        checkAccessibility("comments-facilitator");
        script("arguments[0].scrollIntoView()", waitFor(By.cssSelector(".comment-list-heading")));
        screenshot("comments-facilitator-list");
    }

    @Test
    void an_analyst_sees_the_comments_and_the_tags_without_changing_them() {
        resize(Viewport.PHONE);
        signIn("kommun-analytiker");
        open("/comments");
        waitForHeading("Kommentarer");
        waitForText("Taggar skapas och sätts av samordnare och administratörer.");
        waitForVaadin();
        screenshot("comments-analyst-phone");
        checkAccessibility("comments-analyst-phone");
    }
}
