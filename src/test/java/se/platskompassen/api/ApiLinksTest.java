package se.platskompassen.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The API's links under the configured public address (behind a reverse proxy). */
class ApiLinksTest {

    @Test
    void the_path_and_query_of_the_request_go_under_the_public_address() {
        String next = ApiLinks.rebased("https://platskompassen.example.se/kompass", "/api/v1/places", "page=0&size=50")
                .replaceQueryParam("page", 1).toUriString();

        assertThat(next).isEqualTo("https://platskompassen.example.se/kompass/api/v1/places?size=50&page=1");
    }

    @Test
    void a_request_without_a_query_gets_one_for_the_next_page() {
        String next = ApiLinks.rebased("https://platskompassen.example.se", "/api/v1/dialogues/7/responses", null)
                .replaceQueryParam("after", "MjAyNi0wNS0wNFQxNzowMDowMFo").toUriString();

        assertThat(next).isEqualTo(
                "https://platskompassen.example.se/api/v1/dialogues/7/responses?after=MjAyNi0wNS0wNFQxNzowMDowMFo");
    }
}
