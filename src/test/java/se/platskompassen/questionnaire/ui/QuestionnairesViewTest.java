package se.platskompassen.questionnaire.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The questionnaire revisions, shown and downloadable as the JSON files they are loaded from. */
class QuestionnairesViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired QuestionnaireCatalog catalog;

    private void openAs(Role role) {
        long organisation = tenants.newOrganisation().id();
        signInAs(tenants.newStaff(organisation, role));
        navigate("questionnaires");
    }

    private static Anchor downloadOf(String id) {
        return _get(Anchor.class, spec -> spec.withText("Ladda ner " + id + " som JSON"));
    }

    @Test
    void every_revision_is_listed_with_its_fourteen_themes_and_which_is_used_for_new_responses() {
        openAs(Role.ANALYST);

        List<String> titles = _find(H2.class).stream().map(H2::getText).toList();
        assertThat(titles).containsExactly("Vuxna – version 2026.2", "Vuxna – version 2026.1", "Unga – version 2026.2",
                "Unga – version 2026.1", "Barn – version 2026.2", "Barn – version 2026.1");
        assertThat(_find(Details.class)).hasSize(catalog.all().size());
        Details adults = _find(Details.class).getFirst();
        List<ListItem> themes = _find(adults, ListItem.class);
        assertThat(themes).hasSize(Theme.COUNT);
        String firstName = catalog.current(Version.VUXEN).text(Theme.MOVING_AROUND, Language.SV).name();
        assertThat(_find(themes.getFirst(), Span.class).getFirst().getText())
                .isEqualTo(firstName);
        assertThat(_find(Span.class, spec -> spec.withText("Används för nya svar")))
                .hasSize(3);
    }

    @Test
    void a_download_is_the_data_file_itself_so_its_hash_is_the_one_responses_record() throws Exception {
        openAs(Role.FACILITATOR);

        for (Version version : Version.values()) {
            Questionnaire current = catalog.current(version);
            Anchor link = downloadOf(current.id());
            byte[] file = DownloadKt._download(link);

            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
            assertThat(sha256).as(current.id()).isEqualTo(current.hash());
            JsonNode json = JsonMapper.builder().build().readTree(file);
            assertThat(json.get("version").asString()).isEqualTo(version.id());
            assertThat(json.get("themes").size()).isEqualTo(Theme.COUNT);
            assertThat(link.getElement().hasAttribute("download")).isTrue();
        }
    }

    @Test
    void network_admins_see_the_page_in_their_menu_too() {
        signInAs("natverket");
        navigate("questionnaires");

        assertThat(_find(H2.class)).hasSize(catalog.all().size());
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Frågeformulär");
    }
}
