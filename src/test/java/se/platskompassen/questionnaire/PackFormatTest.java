package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.questionnaire.PackFixtures.arabic;
import static se.platskompassen.questionnaire.PackFixtures.file;
import static se.platskompassen.questionnaire.PackFixtures.fileWith;
import static se.platskompassen.questionnaire.PackFixtures.reviewed;
import static se.platskompassen.questionnaire.PackFixtures.swedish;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A network admin downloads a pack, a translator changes it, the admin uploads it again: what is
 * written must read back as the same pack, and a file that is not a pack must say why.
 */
class PackFormatTest {

    @Test
    void a_written_pack_reads_back_as_the_same_pack() {
        LanguagePack arabic = arabic();

        PackFormat.Reading reading = PackFormat.read(file(arabic));

        assertThat(reading.problems()).isEmpty();
        LanguagePack read = reading.readPack().orElseThrow();
        assertThat(read.language()).isEqualTo(Language.AR);
        assertThat(read.name()).isEqualTo("العربية");
        assertThat(read.englishName()).isEqualTo("Arabic");
        assertThat(read.review()).isEqualTo(arabic.review());
        assertThat(read.texts()).containsExactlyEntriesOf(arabic.texts());
        assertThat(read.sourceTexts()).as("the Swedish beside every text").containsExactlyEntriesOf(swedish().texts());
        assertThat(file(read)).as("written again, byte for byte").isEqualTo(file(arabic));
    }

    @Test
    void a_reviewed_pack_keeps_who_reviewed_it_and_when() {
        LanguagePack.Review review = new LanguagePack.Review(LanguagePack.Status.REVIEWED, "Amira Haddad",
                LocalDate.of(2026, 11, 30));

        LanguagePack read = PackFormat.read(file(reviewed(arabic(), review))).readPack().orElseThrow();

        assertThat(read.review()).isEqualTo(review);
    }

    @Test
    void the_file_has_the_format_language_direction_and_the_swedish_beside_each_text() {
        JsonNode root = JsonMapper.builder().build().readTree(file(arabic()));

        assertThat(root.get("format").asString()).isEqualTo("platskompassen-language-pack/1");
        assertThat(root.get("language").asString()).isEqualTo("ar");
        assertThat(root.get("direction").asString()).isEqualTo("rtl");
        assertThat(root.get("review").get("status").asString()).isEqualTo("draft");
        JsonNode first = root.get("entries").get(0);
        assertThat(first.get("key").asString()).isEqualTo("home.title");
        assertThat(first.get("sv").asString()).isEqualTo(swedish().text("home.title").orElseThrow());
        assertThat(first.get("text").asString()).isEqualTo(arabic().text("home.title").orElseThrow());
        assertThat(root.get("entries").size()).isEqualTo(swedish().texts().size());
    }

    @Test
    void a_file_that_is_not_json_is_no_pack() {
        PackFormat.Reading reading = PackFormat.read("format: pack".getBytes(StandardCharsets.UTF_8));

        assertThat(reading.readPack()).isEmpty();
        assertThat(reading.problems()).extracting(PackProblem::kind).containsExactly(PackProblem.Kind.FORMAT);
    }

    @Test
    void json_of_another_format_is_no_pack() {
        PackFormat.Reading reading = PackFormat.read(fileWith(arabic(), "platskompassen-language-pack/1",
                "xliff/2"));

        assertThat(reading.readPack()).isEmpty();
        assertThat(reading.problems()).containsExactly(new PackProblem(PackProblem.Kind.FORMAT, "format",
                PackFormat.FORMAT));
    }

    @Test
    void a_language_residents_cannot_answer_in_is_named() {
        PackFormat.Reading reading = PackFormat.read(fileWith(arabic(), "\"language\" : \"ar\"",
                "\"language\" : \"xx\""));

        assertThat(reading.problems()).containsExactly(new PackProblem(PackProblem.Kind.LANGUAGE, "language", "xx"));
    }

    @Test
    void a_key_given_twice_is_a_duplicate() {
        byte[] twice = fileWith(arabic(), "\"key\" : \"home.lead\"", "\"key\" : \"home.title\"");

        assertThat(PackFormat.read(twice).problems())
                .containsExactly(new PackProblem(PackProblem.Kind.DUPLICATE, "home.title", ""));
    }

    @Test
    void the_review_status_must_name_who_reviewed_and_when_exactly_when_it_is_reviewed() {
        byte[] reviewedByNobody = fileWith(arabic(), "\"status\" : \"draft\"", "\"status\" : \"reviewed\"");
        byte[] draftWithReviewer = fileWith(arabic(), "\"reviewedBy\" : null", "\"reviewedBy\" : \"Amira\"");
        byte[] unknownStatus = fileWith(arabic(), "\"status\" : \"draft\"", "\"status\" : \"done\"");
        byte[] badDate = fileWith(reviewed(arabic(), new LanguagePack.Review(LanguagePack.Status.REVIEWED, "Amira",
                LocalDate.of(2026, 11, 30))), "2026-11-30", "30/11/2026");

        assertThat(List.of(reviewedByNobody, draftWithReviewer, unknownStatus, badDate))
                .map(file -> PackFormat.read(file).problems())
                .containsExactly(
                        List.of(new PackProblem(PackProblem.Kind.REVIEW, "review", "reviewed")),
                        List.of(new PackProblem(PackProblem.Kind.REVIEW, "review", "draft")),
                        List.of(new PackProblem(PackProblem.Kind.REVIEW, "review.status", "done")),
                        List.of(new PackProblem(PackProblem.Kind.REVIEW, "review.reviewedOn", "30/11/2026")));
    }

    @Test
    void a_file_with_problems_of_its_own_still_has_its_entries_read_so_that_they_are_checked_too() {
        byte[] file = PackFixtures.replaced(fileWith(arabic(), "\"key\" : \"home.lead\"", "\"key\" : \"home.title\""),
                "\"status\" : \"draft\"", "\"status\" : \"reviewed\"");

        PackFormat.Reading reading = PackFormat.read(file);

        assertThat(reading.problems()).extracting(PackProblem::kind)
                .containsExactlyInAnyOrder(PackProblem.Kind.DUPLICATE, PackProblem.Kind.REVIEW);
        assertThat(reading.readPack()).as("never a pack to use").isEmpty();
        assertThat(reading.pack()).as("but its entries, to check").isNotNull();
        assertThat(reading.pack().texts()).doesNotContainKey("home.lead").containsKey("home.title");
    }
}
