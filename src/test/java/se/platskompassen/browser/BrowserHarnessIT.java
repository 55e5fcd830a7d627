package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness itself: sizes are what they claim, and the accessibility check does catch problems. */
class BrowserHarnessIT extends BrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void each_viewport_is_the_size_of_the_visible_page() {
        open("/");
        waitForHeading("Välkommen till Platskompassen");
        for (Viewport viewport : Viewport.values()) {
            resize(viewport);

            assertThat((List<Object>) script("return [window.innerWidth, window.innerHeight]")).as(viewport.name())
                    .containsExactly(viewport.width * 1L, viewport.height * 1L);
        }
    }

    @Test
    void the_accessibility_check_fails_on_a_serious_violation_and_says_where() {
        open("/");
        waitForHeading("Välkommen till Platskompassen");
        script("""
                const faint = document.createElement('p');
                faint.id = 'faint-text';
                faint.textContent = 'Nästan osynlig text';
                faint.style.cssText = 'color: #d0d0d0; background: #ffffff';
                document.querySelector('.resident-card').append(faint);
                """);

        assertThatThrownBy(() -> checkAccessibility("harness-self-check"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("color-contrast [serious]")
                .hasMessageContaining("#faint-text")
                .hasMessageContaining("Nästan osynlig text");
    }
}
