package se.platskompassen.comments.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentService;
import se.platskompassen.comments.CommentTag;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

class CommentsViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired CommentService comments;
    @Autowired QuestionnaireCatalog questionnaires;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOutEveryone() {
        tenants.signOut();
    }

    // --- scenes ---------------------------------------------------------------------------------

    /** A new organisation whose dialogue has one respondent per answer given; its admin is signed in. */
    private Dialogue organisationWith(AnswerInput... perRespondent) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(perRespondent.length).mode(CollectionMode.PAPER)
                .startingAt(Instant.parse("2026-03-01T10:00:00Z"), Duration.ZERO).taking(Duration.ZERO)
                .answers((respondent, theme) -> perRespondent[respondent].theme() == theme ? perRespondent[respondent]
                        : null)
                .record();
        return dialogue;
    }

    /** Signs in a new member of the dialogue's organisation with this role and opens the comments. */
    private void openAs(Dialogue dialogue, Role role) {
        signInAs(tenants.newStaff(dialogue.organisationId(), role));
        navigate("comments");
    }

    private static AnswerInput better(Theme theme, String text) {
        return new AnswerInput(theme, 3, null, text);
    }

    @SuppressWarnings("unchecked")
    private static CommentGrid grid() {
        return _get(CommentGrid.class);
    }

    private static List<String> texts() {
        CommentGrid grid = grid();
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            texts.add(GridKt._getFormatted(grid, row, "text"));
        }
        return texts;
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withClasses("comment-summary")).getText();
    }

    private static CommentFilterBar filters() {
        return _get(CommentFilterBar.class);
    }

    private static void search(String text) {
        _setValue(filters().text, text);
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<CommentTag> picker(int row) {
        return (MultiSelectComboBox<CommentTag>) GridKt._getCellComponent(grid(), row, "tags");
    }

    private static void addTag(String name) {
        TagsPanel panel = _get(TagsPanel.class);
        _setValue(panel.newName, name);
        _click(panel.add);
    }

    private static CommentTag tagNamed(String name) {
        return picker(0).getListDataView().getItems().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static String tagLine(String name) {
        return _get(TagsPanel.class).list.getChildren()
                .map(item -> item.getElement().getTextRecursively())
                .filter(text -> text.startsWith(name)).findFirst().orElseThrow();
    }

    // --- tests ----------------------------------------------------------------------------------

    @Test
    void a_planner_browses_the_demo_comments_by_theme_and_by_what_could_be_better() {
        signInAs("kommun-analytiker");
        navigate("comments");
        assertThat(_get(H1.class).getText()).isEqualTo("Kommentarer");
        int all = GridKt._size(grid());
        assertThat(all).as("the demo has comments").isGreaterThan(100);

        _setValue(filters().theme, Theme.FEELING_SAFE);
        _setValue(filters().kind, CommentFilterBar.KindChoice.COULD_BE_BETTER);

        CommentGrid grid = grid();
        int shown = GridKt._size(grid);
        assertThat(shown).isBetween(1, all - 1);
        String safety = questionnaires.themeName(Theme.FEELING_SAFE, Language.SV);
        for (int row = 0; row < shown; row++) {
            assertThat(GridKt._getFormatted(grid, row, "theme")).isEqualTo(safety);
            assertThat(GridKt._getFormatted(grid, row, "kind")).isEqualTo("Kan bli bättre");
        }
        assertThat(texts()).contains("Mörkt i parken.", "Otryggt vid tunneln på kvällen.")
                .as("alphabetically, not in the order they came in").isSorted();
        assertThat(summary()).isEqualTo(shown + " kommentarer");

        _click(_get(Button.class, spec -> spec.withText("Rensa filtren")));
        assertThat(GridKt._size(grid())).isEqualTo(all);
    }

    @Test
    void the_demo_municipality_has_tagged_its_comments_and_a_planner_filters_by_a_tag() {
        signInAs("kommun-analytiker");
        navigate("comments");
        assertThat(tagLine("belysning")).matches("belysning\\d+ i urvalet.*");
        assertThat(tagLine("trygghet")).matches("trygghet\\d+ i urvalet.*");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Visa kommentarerna med taggen ”buss”")));
        List<String> tagged = texts();
        assertThat(tagged).isNotEmpty().allMatch(text -> text.toLowerCase(Locale.ROOT).contains("buss"));
        assertThat(summary()).isEqualTo(tagged.size() + " kommentarer");
    }

    @Test
    void a_search_ignores_case_also_of_å_ä_and_ö_and_a_percent_sign_is_only_a_percent_sign() {
        Dialogue dialogue = organisationWith(better(Theme.NATURAL_SPACE, "Ängen vid Åby är fin"),
                better(Theme.NATURAL_SPACE, "Öppna ängar behövs"), better(Theme.NATURAL_SPACE, "Aby och Angby"),
                better(Theme.HOUSING_COMMUNITY, "Hyran steg 10% på ett år"),
                better(Theme.HOUSING_COMMUNITY, "<b>Fet</b> & \"citerad\" text"));
        openAs(dialogue, Role.FACILITATOR);
        assertThat(texts()).hasSize(5);

        search("ÅBY");
        assertThat(texts()).containsExactly("Ängen vid Åby är fin");
        search("äng");
        assertThat(texts()).containsExactly("Ängen vid Åby är fin", "Öppna ängar behövs");
        search("ÖPPNA");
        assertThat(texts()).containsExactly("Öppna ängar behövs");
        search("%");
        assertThat(texts()).containsExactly("Hyran steg 10% på ett år");
        assertThat(summary()).isEqualTo("1 kommentar");
        search("<b>");
        assertThat(texts()).as("the text as typed, as text").containsExactly("<b>Fet</b> & \"citerad\" text");
        search("finns inte");
        assertThat(texts()).isEmpty();
        assertThat(summary()).isEqualTo("Inga kommentarer");
    }

    @Test
    void a_facilitator_creates_a_tag_tags_comments_and_filters_and_counts_by_it() {
        Dialogue dialogue = organisationWith(better(Theme.FEELING_SAFE, "Mörkt vid tunneln"),
                better(Theme.FEELING_SAFE, "Mörkt i parken"), better(Theme.FEELING_SAFE, "Grupper som stökar"),
                better(Theme.PUBLIC_TRANSPORT, "Busshållplatsen är mörk"), better(Theme.PUBLIC_TRANSPORT, "Sista bussen"));
        openAs(dialogue, Role.FACILITATOR);

        addTag("Belysning");
        assertThat(_get(TagsPanel.class).newName.getValue()).as("the field is empty for the next tag").isEmpty();
        addTag("buss");
        assertThat(tagLine("Belysning")).contains("0 i urvalet");

        assertThat(texts()).containsExactly("Busshållplatsen är mörk", "Sista bussen", "Grupper som stökar",
                "Mörkt i parken", "Mörkt vid tunneln");
        CommentTag light = tagNamed("Belysning");
        CommentTag bus = tagNamed("buss");
        _setValue(picker(0), Set.of(light, bus));
        _setValue(picker(1), Set.of(bus));
        _setValue(picker(3), Set.of(light));
        _setValue(picker(4), Set.of(light));
        assertThat(picker(0).getAriaLabel()).hasValue("Taggar för kommentaren ”Busshållplatsen är mörk”");

        assertThat(tagLine("Belysning")).contains("3 i urvalet");
        assertThat(tagLine("buss")).contains("2 i urvalet");

        _setValue(filters().tag, filters().tag.getListDataView().getItems()
                .filter(choice -> choice.tag() != null && choice.tag().equals(light)).findFirst().orElseThrow());
        assertThat(texts()).containsExactly("Busshållplatsen är mörk", "Mörkt i parken", "Mörkt vid tunneln");
        assertThat(summary()).isEqualTo("3 kommentarer");
        assertThat(tagLine("buss")).as("counts are of the whole selection, whatever tag is chosen")
                .contains("2 i urvalet");

        _setValue(filters().tag, filters().tag.getListDataView().getItems()
                .filter(choice -> choice.tag() == null).findFirst().orElseThrow());
        assertThat(texts()).containsExactly("Grupper som stökar");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Visa kommentarerna med taggen ”buss”")));
        assertThat(texts()).containsExactly("Busshållplatsen är mörk", "Sista bussen");

        _setValue(filters().theme, Theme.PUBLIC_TRANSPORT);
        assertThat(texts()).containsExactly("Busshållplatsen är mörk", "Sista bussen");
        assertThat(tagLine("Belysning")).as("two people wrote about public transport: too few for counts")
                .contains("dolt");
        assertThat(_get(TagsPanel.class).hiddenNote.isVisible()).isTrue();
        assertThat(_get(TagsPanel.class).hiddenNote.getText())
                .isEqualTo("Antalen per tagg visas inte: kommentarerna i urvalet kommer från färre än 5 personer.");
    }

    @Test
    void every_comment_found_by_a_search_gets_a_tag_at_once() {
        Dialogue dialogue = organisationWith(better(Theme.FEELING_SAFE, "Mörkt vid tunneln"),
                better(Theme.FEELING_SAFE, "Mörkt i parken"), better(Theme.FEELING_SAFE, "Grupper som stökar"),
                better(Theme.PUBLIC_TRANSPORT, "Busshållplatsen är mörk"), better(Theme.PUBLIC_TRANSPORT, "Sista bussen"));
        openAs(dialogue, Role.FACILITATOR);
        Button open = _get(Button.class, spec -> spec.withText("Tagga alla i urvalet"));
        assertThat(open.isEnabled()).as("no tags yet").isFalse();
        addTag("belysning");
        search("mörk");
        assertThat(texts()).hasSize(3);

        _click(open);
        TagAllDialog dialog = _get(TagAllDialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains("alla 3 kommentarer som passar filtren");
        _click(dialog.apply);
        assertThat(dialog.tag.isInvalid()).as("a tag must be chosen").isTrue();
        _setValue(dialog.tag, tagNamed("belysning"));
        _click(dialog.apply);

        assertThat(_find(TagAllDialog.class)).isEmpty();
        assertThat(tagLine("belysning")).as("three people wrote about the dark").contains("dolt");
        search("");
        assertThat(tagLine("belysning")).contains("3 i urvalet");
        assertThat(picker(0).getValue()).extracting(CommentTag::name).containsExactly("belysning");
        assertThat(picker(1).getValue()).isEmpty();
    }

    @Test
    void counts_per_tag_are_hidden_and_marked_when_fewer_than_five_people_wrote_the_comments() {
        Dialogue dialogue = organisationWith(better(Theme.FEELING_SAFE, "Ett"), better(Theme.FEELING_SAFE, "Två"),
                better(Theme.FEELING_SAFE, "Tre"), better(Theme.FEELING_SAFE, "Fyra"));
        openAs(dialogue, Role.FACILITATOR);
        addTag("trygghet");
        _setValue(picker(0), Set.of(tagNamed("trygghet")));

        assertThat(tagLine("trygghet")).contains("dolt").doesNotContain("i urvalet");
        assertThat(_get(TagsPanel.class).hiddenNote.isVisible()).isTrue();
        assertThat(summary()).as("the comments themselves are listed").isEqualTo("4 kommentarer");
    }

    @Test
    void a_taken_or_blank_tag_name_is_refused_next_to_the_field_and_a_tag_is_renamed_and_deleted() {
        Dialogue dialogue = organisationWith(better(Theme.FEELING_SAFE, "Mörkt"));
        openAs(dialogue, Role.ORGANISATION_ADMIN);
        addTag("belysning");
        addTag("BELYSNING");
        TagsPanel panel = _get(TagsPanel.class);
        assertThat(panel.newName.isInvalid()).isTrue();
        assertThat(panel.newName.getErrorMessage()).isEqualTo("Det finns redan en tagg med det namnet.");
        assertThat(panel.newName.getValue()).as("what was typed stays").isEqualTo("BELYSNING");
        addTag("  ");
        assertThat(panel.newName.getErrorMessage()).isEqualTo("Skriv taggens namn.");
        assertThat(panel.newName.getMaxLength()).isEqualTo(40);

        _setValue(picker(0), Set.of(tagNamed("belysning")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Byt namn på taggen ”belysning”")));
        RenameTagDialog rename = _get(RenameTagDialog.class);
        _setValue(rename.name, "Ljus");
        _click(rename.save);
        assertThat(_find(RenameTagDialog.class)).isEmpty();
        assertThat(GridKt._getFormatted(grid(), 0, "text")).isEqualTo("Mörkt");
        assertThat(picker(0).getValue()).extracting(CommentTag::name).containsExactly("Ljus");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Ta bort taggen ”Ljus”")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("”Ljus” tas bort från en kommentar. Kommentarerna finns kvar.");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        assertThat(picker(0).getValue()).isEmpty();
        assertThat(texts()).containsExactly("Mörkt");
        assertThat(_get(TagsPanel.class).list.getElement().getTextRecursively()).isEqualTo("Inga taggar än.");
    }

    @Test
    void an_analyst_filters_and_counts_by_tags_but_changes_none() {
        Dialogue dialogue = organisationWith(better(Theme.PUBLIC_TRANSPORT, "Sista bussen går tidigt"));
        CommentTag bus = comments.createTag("buss");
        comments.tag(comments.search(CommentFilter.ALL, 0, 1).getFirst().ref(), bus.id());
        openAs(dialogue, Role.ANALYST);

        assertThat(GridKt._getFormatted(grid(), 0, "tags")).isEqualTo("buss");
        assertThat(GridKt._getColumnByKey(grid(), "tags").getRenderer()).as("no tag picker")
                .isNotInstanceOf(ComponentRenderer.class);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Ny tagg"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Byt namn"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Ta bort"))).isEmpty();
        assertThat(_get(TagsPanel.class).getElement().getTextRecursively())
                .contains("Taggar skapas och sätts av samordnare och administratörer.");
        _click(_get(Button.class, spec -> spec.withText("Visa")));
        assertThat(texts()).containsExactly("Sista bussen går tidigt");

        assertThatThrownBy(() -> comments.createTag("egen")).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> comments.untag(comments.search(CommentFilter.ALL, 0, 1)
                .getFirst().ref(), bus.id())).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> comments.deleteTag(bus.id())).isInstanceOf(NoAccessException.class);
    }

    @Test
    void another_organisations_comments_and_tags_never_show() {
        Dialogue region = organisationWith(better(Theme.FEELING_SAFE, "Regionens hemliga kommentar"));
        String regionTag = "regionens-" + UUID.randomUUID().toString().substring(0, 8);
        comments.tag(comments.search(CommentFilter.ALL, 0, 1).getFirst().ref(),
                comments.createTag(regionTag).id());
        tenants.signOut();

        signInAs("kommun-samordnare");
        navigate("comments");
        String page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).doesNotContain(regionTag);
        assertThat(filters().tag.getListDataView().getItems()).noneMatch(choice -> choice.label().equals(regionTag));
        assertThat(filters().dialogue.getListDataView().getItems()).noneMatch(d -> d.id() == region.id());
        search("Regionens hemliga");
        assertThat(texts()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer WHERE works_well = 'Regionens hemliga kommentar'"
                + " OR could_be_better = 'Regionens hemliga kommentar'").query(Long.class).single())
                .as("the comment is there, in the other organisation").isEqualTo(1);
    }

    @Test
    void the_page_speaks_english_to_an_english_reader() {
        Dialogue dialogue = organisationWith(better(Theme.FEELING_SAFE, "Dark in the park"));
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        UI.getCurrent().setLocale(Language.EN.locale());
        navigate("comments");

        assertThat(_get(H1.class).getText()).isEqualTo("Comments");
        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("Could be better");
        assertThat(GridKt._getFormatted(grid(), 0, "theme"))
                .isEqualTo(questionnaires.themeName(Theme.FEELING_SAFE, Language.EN));
        assertThat(summary()).isEqualTo("1 comment");
        addTag("lighting");
        assertThat(tagLine("lighting")).contains("hidden");
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Tag"))).isNotNull();
    }
}
