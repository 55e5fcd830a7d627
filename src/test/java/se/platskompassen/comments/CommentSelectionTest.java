package se.platskompassen.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.platskompassen.questionnaire.Version;

/** The SQL of a comment selection; what it finds is checked on H2 and PostgreSQL by {@link CommentSearchContract}. */
class CommentSelectionTest {

    @Test
    void a_filter_by_place_dialogue_or_version_needs_its_dialogues_looked_up_first() {
        for (CommentFilter narrowing : List.of(CommentFilter.ALL.withPlaces(Set.of(1L)),
                CommentFilter.ALL.withDialogues(Set.of(2L)), CommentFilter.ALL.withVersions(Set.of(Version.VUXEN)))) {
            assertThatThrownBy(() -> CommentSelection.of(7, narrowing, true))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void the_dialogues_looked_up_bind_the_answers_by_their_index() {
        CommentSelection selection = CommentSelection.of(7, CommentFilter.ALL.withPlaces(Set.of(1L)), true,
                List.of(3L, 4L));

        assertThat(selection.sql()).contains("a.dialogue_id IN (:dialogues)").doesNotContain("place_id");
        assertThat(selection.params()).containsEntry("dialogues", List.of(3L, 4L)).doesNotContainKey("places");
        assertThat(CommentSelection.of(7, CommentFilter.ALL.withPlaces(Set.of(1L)), true, List.of()).sql())
                .as("no dialogue passes the filter: no comment does").contains("1 = 0");
    }
}
