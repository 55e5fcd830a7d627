package se.platskompassen.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.Comment.Kind;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * What must hold for the comment search and tags on every database the application runs on. Each
 * test works in an organisation of its own, whose admin is signed in.
 */
abstract class CommentSearchContract {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired CommentService comments;
    @Autowired ResponseService responses;
    @Autowired DialogueService dialogues;
    @Autowired PlaceService places;
    @Autowired JdbcClient jdbc;

    Dialogue dialogue;
    final Instant recorded = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS);

    @BeforeEach
    void newOrganisation() {
        dialogue = tenants.newDialogue(Version.VUXEN);
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    /** One respondent's answers to one dialogue, saved at a given moment. */
    void respond(Dialogue in, Instant when, AnswerInput... answers) {
        respondents.in(in).mode(CollectionMode.PAPER).startingAt(when).taking(Duration.ZERO).given(answers).record();
    }

    void respond(AnswerInput... answers) {
        respond(dialogue, recorded, answers);
    }

    static AnswerInput said(Theme theme, @Nullable String worksWell, @Nullable String couldBeBetter) {
        return new AnswerInput(theme, 4, worksWell, couldBeBetter);
    }

    List<String> texts(CommentFilter filter) {
        return comments.search(filter, 0, 100).stream().map(CommentRow::text).toList();
    }

    CommentRef only(CommentFilter filter) {
        List<CommentRow> found = comments.search(filter, 0, 100);
        assertThat(found).hasSize(1);
        return found.getFirst().ref();
    }

    Dialogue anotherDialogue(String place, Version version) {
        long placeId = places.create(PlaceDetails.named(place)).id();
        return dialogues.createWithCode(placeId, new DialogueSettings("Dialog vid " + place, null, version,
                EnumSet.of(Language.SV), DialogueKind.INDIVIDUAL, null, null, List.of()),
                "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('0', 'O'), DialogueStatus.OPEN);
    }

    @Test
    void comments_come_in_theme_order_works_well_first_then_alphabetically() {
        respond(said(Theme.FEELING_SAFE, "Tryggt på dagen", "Mörkt i parken"),
                said(Theme.MOVING_AROUND, null, "Höga kanter"));
        respond(said(Theme.FEELING_SAFE, null, "Belysning saknas"), said(Theme.MOVING_AROUND, "Fina gångvägar", null));

        List<CommentRow> found = comments.search(CommentFilter.ALL, 0, 100);

        assertThat(found).extracting(CommentRow::text).containsExactly("Fina gångvägar", "Höga kanter",
                "Tryggt på dagen", "Belysning saknas", "Mörkt i parken");
        assertThat(found.getFirst().theme()).isEqualTo(Theme.MOVING_AROUND);
        assertThat(found.getFirst().kind()).isEqualTo(Kind.WORKS_WELL);
        assertThat(found.getFirst().dialogueId()).isEqualTo(dialogue.id());
        assertThat(found.getFirst().dialogueTitle()).isEqualTo("Dialog");
        assertThat(found.getFirst().placeName()).startsWith("Torget");
        assertThat(comments.count(CommentFilter.ALL)).isEqualTo(5);
    }

    @Test
    void theme_and_kind_narrow_the_selection() {
        respond(said(Theme.FEELING_SAFE, "Tryggt på dagen", "Mörkt i parken"),
                said(Theme.PUBLIC_TRANSPORT, "Bussen går ofta", "Inga bussar på helgen"));

        assertThat(texts(CommentFilter.ALL.withThemes(Set.of(Theme.PUBLIC_TRANSPORT))))
                .containsExactly("Bussen går ofta", "Inga bussar på helgen");
        assertThat(texts(CommentFilter.ALL.withKind(Kind.COULD_BE_BETTER)))
                .containsExactly("Inga bussar på helgen", "Mörkt i parken");
        assertThat(texts(CommentFilter.ALL.withThemes(Set.of(Theme.FEELING_SAFE)).withKind(Kind.WORKS_WELL)))
                .containsExactly("Tryggt på dagen");
        assertThat(comments.count(CommentFilter.ALL.withKind(Kind.WORKS_WELL))).isEqualTo(2);
    }

    @Test
    void place_dialogue_version_and_period_narrow_the_selection() {
        Dialogue youth = anotherDialogue("Skolan", Version.UNGDOM);
        respond(said(Theme.PLAY_RECREATION, "Vuxnas lekplats", null));
        respond(youth, recorded.minus(400, ChronoUnit.DAYS), said(Theme.PLAY_RECREATION, "Ungas skatepark", null));

        assertThat(texts(CommentFilter.ALL.withPlaces(Set.of(youth.placeId())))).containsExactly("Ungas skatepark");
        assertThat(texts(CommentFilter.ALL.withDialogues(Set.of(dialogue.id())))).containsExactly("Vuxnas lekplats");
        assertThat(texts(CommentFilter.ALL.withVersions(Set.of(Version.UNGDOM)))).containsExactly("Ungas skatepark");
        assertThat(texts(CommentFilter.ALL.withPeriod(recorded.minus(1, ChronoUnit.DAYS), null)))
                .containsExactly("Vuxnas lekplats");
        assertThat(texts(CommentFilter.ALL.withPeriod(null, recorded.minus(1, ChronoUnit.DAYS))))
                .containsExactly("Ungas skatepark");
        assertThat(texts(CommentFilter.ALL.withPeriod(recorded, recorded.plusSeconds(1))))
                .as("from is inclusive, until exclusive").containsExactly("Vuxnas lekplats");
    }

    @Test
    void text_search_ignores_case_also_of_å_ä_and_ö_but_keeps_them_apart_from_a_and_o() {
        respond(said(Theme.NATURAL_SPACE, "ÅBY ÄNG är fin", "Öppna ytor saknas"),
                said(Theme.STREETS_SPACES, "Aby torg", "Oppna butiker"));

        assertThat(texts(CommentFilter.ALL.withText("åby äng"))).containsExactly("ÅBY ÄNG är fin");
        assertThat(texts(CommentFilter.ALL.withText("ÖPPNA"))).containsExactly("Öppna ytor saknas");
        assertThat(texts(CommentFilter.ALL.withText("  öppna "))).as("spaces around are ignored")
                .containsExactly("Öppna ytor saknas");
        assertThat(texts(CommentFilter.ALL.withText("aby"))).containsExactly("Aby torg");
        assertThat(texts(CommentFilter.ALL.withText("Å"))).containsExactly("ÅBY ÄNG är fin");
        assertThat(texts(CommentFilter.ALL.withText("a\u030aby"))).as("å typed as a and a combining ring")
                .containsExactly("ÅBY ÄNG är fin");
    }

    @Test
    void a_database_whose_lower_leaves_å_ä_and_ö_alone_gets_them_lowered_first() {
        respond(said(Theme.NATURAL_SPACE, "ÅBY ÄNG är fin", "Aby"));
        CommentSelection folded = CommentSelection.of(dialogue.organisationId(),
                CommentFilter.ALL.withText("åby äng"), false);
        assertThat(folded.sql()).contains("TRANSLATE(");
        assertThat(jdbc.sql("SELECT c.text FROM " + folded.sql()).params(folded.params()).query(String.class).list())
                .containsExactly("ÅBY ÄNG är fin");
        assertThat(CommentSelection.of(dialogue.organisationId(), CommentFilter.ALL.withText("åby"), true).sql())
                .as("a database that lowers them itself is not asked to").doesNotContain("TRANSLATE(");
    }

    @Test
    void percent_underscore_and_quotes_in_a_search_are_just_characters() {
        respond(said(Theme.HOUSING_COMMUNITY, "Hyran steg 10% i år", "Stor_gården behöver ljus"),
                said(Theme.WORK_ECONOMY, "Hundra procent bra", "Storagården är sliten"),
                said(Theme.SOCIAL_CONTACT, "Grannarnas \"fika!\" varje fredag", "Kom ' OR '1'='1"));

        assertThat(texts(CommentFilter.ALL.withText("%"))).containsExactly("Hyran steg 10% i år");
        assertThat(texts(CommentFilter.ALL.withText("10%"))).containsExactly("Hyran steg 10% i år");
        assertThat(texts(CommentFilter.ALL.withText("r_g"))).containsExactly("Stor_gården behöver ljus");
        assertThat(texts(CommentFilter.ALL.withText("fika!"))).containsExactly("Grannarnas \"fika!\" varje fredag");
        assertThat(texts(CommentFilter.ALL.withText("' OR '1'='1"))).containsExactly("Kom ' OR '1'='1");
        assertThat(texts(CommentFilter.ALL.withText("x'; DROP TABLE answer; --"))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer WHERE dialogue_id = :d").param("d", dialogue.id())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void pages_of_the_search_add_up_to_the_count() {
        List<AnswerInput> answers = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            answers.add(said(theme, "Bra med " + theme.number(), "Bättre med " + theme.number()));
        }
        respond(answers.toArray(AnswerInput[]::new));

        List<CommentRef> paged = new ArrayList<>();
        for (int offset = 0; offset < 28; offset += 5) {
            comments.search(CommentFilter.ALL, offset, 5).forEach(row -> paged.add(row.ref()));
        }
        assertThat(paged).hasSize(28).doesNotHaveDuplicates();
        assertThat(comments.count(CommentFilter.ALL)).isEqualTo(28);
        assertThat(comments.search(CommentFilter.ALL, 28, 5)).isEmpty();
        assertThat(comments.search(CommentFilter.ALL, 0, 0)).isEmpty();
    }

    @Test
    void tags_are_unique_in_an_organisation_whatever_the_case_and_can_be_renamed_and_deleted() {
        CommentTag light = comments.createTag("  Belysning ");
        assertThat(light.name()).isEqualTo("Belysning");
        assertThatThrownBy(() -> comments.createTag("BELYSNING")).isInstanceOf(TagNameException.class)
                .extracting(e -> ((TagNameException) e).reason()).isEqualTo(TagNameException.Reason.TAKEN);
        assertThatThrownBy(() -> comments.createTag("   ")).isInstanceOf(TagNameException.class)
                .extracting(e -> ((TagNameException) e).reason()).isEqualTo(TagNameException.Reason.BLANK);
        assertThatThrownBy(() -> comments.createTag("x".repeat(41))).isInstanceOf(TagNameException.class)
                .extracting(e -> ((TagNameException) e).reason()).isEqualTo(TagNameException.Reason.TOO_LONG);
        CommentTag bus = comments.createTag("buss");
        CommentTag safe = comments.createTag("Ärlighet   och trygghet");
        assertThat(safe.name()).isEqualTo("Ärlighet och trygghet");

        assertThat(comments.renameTag(light.id(), "belysning").name()).as("only the case changes").isEqualTo("belysning");
        assertThatThrownBy(() -> comments.renameTag(light.id(), "Buss")).isInstanceOf(TagNameException.class);
        assertThat(comments.tags()).extracting(CommentTag::name)
                .containsExactly("belysning", "buss", "Ärlighet och trygghet");

        respond(said(Theme.PUBLIC_TRANSPORT, null, "Sista bussen går tidigt"));
        comments.tag(only(CommentFilter.ALL), bus.id());
        assertThat(comments.deleteTag(bus.id())).isEqualTo(1);
        assertThat(comments.tags()).extracting(CommentTag::name).containsExactly("belysning", "Ärlighet och trygghet");
        assertThat(comments.search(CommentFilter.ALL, 0, 10).getFirst().tags()).isEmpty();
        assertThatThrownBy(() -> comments.uses(bus.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void tagged_comments_are_filtered_and_counted_by_tag() {
        CommentTag bus = comments.createTag("buss");
        CommentTag light = comments.createTag("belysning");
        for (int i = 1; i <= 5; i++) {
            respond(said(Theme.PUBLIC_TRANSPORT, null, "Bussen " + i), said(Theme.FEELING_SAFE, "Tryggt " + i, null));
        }
        CommentFilter buses = CommentFilter.ALL.withThemes(Set.of(Theme.PUBLIC_TRANSPORT));
        List<CommentRow> rows = comments.search(buses, 0, 100);
        comments.tag(rows.get(0).ref(), bus.id());
        comments.tag(rows.get(0).ref(), bus.id());
        comments.setTags(rows.get(1).ref(), Set.of(bus.id(), light.id()));
        comments.setTags(rows.get(2).ref(), Set.of(light.id()));
        comments.tag(rows.get(3).ref(), light.id());
        comments.untag(rows.get(3).ref(), light.id());

        assertThat(texts(CommentFilter.ALL.withTag(bus.id()))).containsExactly("Bussen 1", "Bussen 2");
        assertThat(texts(CommentFilter.ALL.withTag(light.id()))).containsExactly("Bussen 2", "Bussen 3");
        assertThat(texts(buses.withoutAnyTag())).containsExactly("Bussen 4", "Bussen 5");
        assertThat(comments.search(buses, 0, 2).get(1).tags()).extracting(CommentTag::name)
                .containsExactly("belysning", "buss");
        assertThat(comments.uses(light.id())).isEqualTo(2);

        TagCounts counts = comments.tagCounts(CommentFilter.ALL.withTag(bus.id()));
        assertThat(counts.hidden()).as("five people wrote the comments").isFalse();
        assertThat(counts.comments()).as("the selection ignores the tag filter").isEqualTo(10);
        assertThat(counts.of(bus.id())).hasValue(2);
        assertThat(counts.of(light.id())).hasValue(2);

        comments.setTags(rows.get(1).ref(), Set.of());
        assertThat(comments.tagCounts(buses).of(bus.id())).hasValue(1);
        assertThat(comments.tagCounts(buses).of(light.id())).hasValue(1);
    }

    @Test
    void every_comment_of_a_search_is_tagged_at_once_and_those_tagged_already_stay_so() {
        CommentTag bus = comments.createTag("buss");
        respond(said(Theme.PUBLIC_TRANSPORT, "Bussen går ofta", "Sista bussen går tidigt"),
                said(Theme.FEELING_SAFE, "Tryggt", "Mörkt vid BUSSHÅLLPLATSEN"));
        respond(said(Theme.PUBLIC_TRANSPORT, null, "Inga tåg"));
        comments.tag(only(CommentFilter.ALL.withText("sista")), bus.id());

        assertThat(comments.tagAll(CommentFilter.ALL.withText("buss"), bus.id())).isEqualTo(2);
        assertThat(texts(CommentFilter.ALL.withTag(bus.id())))
                .containsExactly("Bussen går ofta", "Sista bussen går tidigt", "Mörkt vid BUSSHÅLLPLATSEN");
        assertThat(comments.tagAll(CommentFilter.ALL.withText("buss"), bus.id())).isZero();
        assertThat(comments.tagAll(CommentFilter.ALL.withText("finns inte"), bus.id())).isZero();
        assertThat(comments.tagAll(CommentFilter.ALL.withoutAnyTag().withThemes(Set.of(Theme.FEELING_SAFE)), bus.id()))
                .as("only the untagged ones of the theme").isEqualTo(1);
        assertThatThrownBy(() -> comments.tagAll(CommentFilter.ALL, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void counts_per_tag_are_hidden_for_comments_of_fewer_people_than_the_minimum() {
        CommentTag bus = comments.createTag("buss");
        for (int i = 1; i <= 4; i++) {
            respond(said(Theme.PUBLIC_TRANSPORT, "Bra buss " + i, "Sen buss " + i));
        }
        comments.tag(only(CommentFilter.ALL.withText("Sen buss 1")), bus.id());

        TagCounts four = comments.tagCounts(CommentFilter.ALL);
        assertThat(four.hidden()).as("eight comments, but from four people").isTrue();
        assertThat(four.minGroupSize()).isEqualTo(5);
        assertThat(four.of(bus.id())).isEmpty();
        assertThat(four.byTag()).isEmpty();

        respond(said(Theme.PUBLIC_TRANSPORT, null, "Sen buss 5"));
        assertThat(comments.tagCounts(CommentFilter.ALL).of(bus.id())).hasValue(1);
        assertThat(comments.tagCounts(CommentFilter.ALL.withKind(Kind.WORKS_WELL)).hidden())
                .as("what works well comes from four people").isTrue();
    }

    @Test
    void deleting_responses_and_erasing_comments_take_the_tags_along() {
        CommentTag tag = comments.createTag("gammalt");
        respond(dialogue, Instant.now().minus(100, ChronoUnit.DAYS), said(Theme.CARE_MAINTENANCE, "Gammal", "Gammal"));
        respond(said(Theme.CARE_MAINTENANCE, "Ny", null));
        for (CommentRow row : comments.search(CommentFilter.ALL, 0, 10)) {
            comments.tag(row.ref(), tag.id());
        }
        assertThat(comments.uses(tag.id())).isEqualTo(3);

        assertThat(responses.eraseExpiredComments(30)).isEqualTo(1);
        assertThat(comments.uses(tag.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_tag_link WHERE tag_id = :t").param("t", tag.id())
                .query(Long.class).single()).as("the erased comments' links are gone, not just hidden").isEqualTo(1);

        assertThat(responses.deleteResponses(dialogue)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_tag_link WHERE tag_id = :t").param("t", tag.id())
                .query(Long.class).single()).isZero();
        assertThat(comments.tags()).extracting(CommentTag::name).containsExactly("gammalt");
    }

    @Test
    void only_existing_comments_of_the_organisation_can_be_tagged() {
        CommentTag tag = comments.createTag("något");
        respond(said(Theme.CARE_MAINTENANCE, "Bara bra", null));
        CommentRef works = only(CommentFilter.ALL);
        CommentRef empty = new CommentRef(works.answerId(), Kind.COULD_BE_BETTER);

        assertThatThrownBy(() -> comments.tag(empty, tag.id())).as("the answer has no such comment")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.tag(new CommentRef(Long.MAX_VALUE, Kind.WORKS_WELL), tag.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.tag(works, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.setTags(works, Set.of(tag.id(), Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(comments.uses(tag.id())).isZero();
    }
}
