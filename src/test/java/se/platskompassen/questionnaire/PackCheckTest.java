package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.questionnaire.PackFixtures.arabic;
import static se.platskompassen.questionnaire.PackFixtures.edited;
import static se.platskompassen.questionnaire.PackFixtures.swedish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A translation is checked against the Swedish pack it follows, and every problem is reported at
 * once, so a translator fixes them all in one round instead of one per upload.
 */
class PackCheckTest {

    private static final String VUXEN_QUESTION = "questionnaire.vuxen.MOVING_AROUND.question";

    @Test
    void every_shipped_pack_is_complete_and_passes() {
        Map<String, List<PackProblem>> problems = new java.util.TreeMap<>();
        LanguagePacks.shipped().forEach((language, pack) -> problems.put(language.code(),
                PackCheck.check(pack, swedish())));

        assertThat(problems).allSatisfy((language, found) -> assertThat(found).as(language).isEmpty());
        assertThat(LanguagePacks.shipped()).containsKeys(Language.SV, Language.EN, Language.SV_EASY, Language.AR,
                Language.FA, Language.FI, Language.PL, Language.UK);
    }

    @Test
    void every_problem_of_a_pack_is_reported_not_just_the_first() {
        LanguagePack broken = edited(arabic(), texts -> {
            texts.remove("home.title");
            texts.put("home.subtitle", "عنوان فرعي");
            texts.put("flow.next", " ");
            texts.put("flow.progress", "{0} من");
            texts.put("flow.back", "رجوع'");
            texts.put("flow.skip", "تخطّ ".repeat(30));
        });

        List<PackProblem> problems = PackCheck.check(broken, swedish());

        assertThat(problems).containsExactlyInAnyOrder(
                new PackProblem(PackProblem.Kind.MISSING, "home.title", swedish().text("home.title").orElseThrow()),
                new PackProblem(PackProblem.Kind.UNKNOWN, "home.subtitle", ""),
                new PackProblem(PackProblem.Kind.EMPTY, "flow.next", "Nästa"),
                new PackProblem(PackProblem.Kind.PLACEHOLDERS, "flow.progress", "{0} {1}"),
                new PackProblem(PackProblem.Kind.APOSTROPHE, "flow.back", "رجوع'"),
                new PackProblem(PackProblem.Kind.TOO_LONG, "flow.skip",
                        Integer.toString(PackCheck.limit(swedish().text("flow.skip").orElseThrow()))));
    }

    @Test
    void one_entry_can_have_several_problems_and_each_is_reported() {
        String tooLongWithApostrophe = "'" + "ب".repeat(80);
        LanguagePack broken = edited(arabic(), texts -> texts.put("flow.progress", tooLongWithApostrophe));

        assertThat(PackCheck.check(broken, swedish())).extracting(PackProblem::kind)
                .containsExactlyInAnyOrder(PackProblem.Kind.PLACEHOLDERS, PackProblem.Kind.APOSTROPHE,
                        PackProblem.Kind.TOO_LONG);
    }

    @Test
    void an_apostrophe_is_fine_in_a_questionnaire_text_which_is_never_formatted() {
        LanguagePack pack = edited(arabic(), texts -> texts.put(VUXEN_QUESTION, "l'eau ?"));

        assertThat(PackCheck.check(pack, swedish())).isEmpty();
    }

    @Test
    void placeholders_may_move_but_none_may_be_lost_or_added() {
        LanguagePack moved = edited(arabic(), texts -> texts.put("flow.progress", "{1} / {0}"));
        LanguagePack added = edited(arabic(), texts -> texts.put("flow.next", "{0} التالي"));

        assertThat(PackCheck.check(moved, swedish())).isEmpty();
        assertThat(PackCheck.check(added, swedish()))
                .containsExactly(new PackProblem(PackProblem.Kind.PLACEHOLDERS, "flow.next", ""));
    }

    /** Message formatting would fail on the resident's screen, with the placeholders all there. */
    @Test
    void a_message_that_message_formatting_cannot_read_is_refused() {
        LanguagePack broken = edited(arabic(), texts -> texts.put("flow.progress", "{0} من {1} {المجموع}"));

        assertThat(PackCheck.check(broken, swedish()))
                .containsExactly(new PackProblem(PackProblem.Kind.PLACEHOLDERS, "flow.progress", "{0} {1}"));
    }

    @Test
    void the_length_limit_is_twice_the_swedish_and_at_least_twenty_characters() {
        assertThat(PackCheck.limit("Nästa")).isEqualTo(20);
        assertThat(PackCheck.limit("x".repeat(30))).isEqualTo(60);
        String limit = "ب".repeat(PackCheck.limit("Nästa"));
        List<LanguagePack> packs = new ArrayList<>();
        packs.add(edited(arabic(), texts -> texts.put("flow.next", limit)));
        packs.add(edited(arabic(), texts -> texts.put("flow.next", limit + "ب")));

        assertThat(PackCheck.check(packs.get(0), swedish())).as("at the limit").isEmpty();
        assertThat(PackCheck.check(packs.get(1), swedish())).as("one over")
                .containsExactly(new PackProblem(PackProblem.Kind.TOO_LONG, "flow.next", "20"));
    }
}
