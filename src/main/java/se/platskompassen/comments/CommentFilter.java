package se.platskompassen.comments;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.Comment;

/**
 * Which comments to show. Empty sets and nulls mean "any". Ids are only ever looked up inside the
 * actor's organisation: another organisation's place, dialogue or tag selects nothing.
 *
 * @param placeIds    comments from dialogues at these places
 * @param dialogueIds comments from these dialogues
 * @param from        comments saved at or after this moment
 * @param until       comments saved before this moment
 * @param versions    comments given in these questionnaire versions
 * @param themes      comments about these themes
 * @param kind        only what works well, or only what could be better
 * @param text        comments that contain this text, case-insensitively (blank: any)
 * @param tagId       comments that carry this tag
 * @param untagged    comments that carry no tag at all
 */
public record CommentFilter(Set<Long> placeIds, Set<Long> dialogueIds, @Nullable Instant from,
        @Nullable Instant until, Set<Version> versions, Set<Theme> themes, Comment.@Nullable Kind kind, String text,
        @Nullable Long tagId, boolean untagged) {

    /** Every comment of the organisation. */
    public static final CommentFilter ALL = new CommentFilter(Set.of(), Set.of(), null, null, Set.of(), Set.of(),
            null, "", null, false);

    public CommentFilter {
        placeIds = Set.copyOf(placeIds);
        dialogueIds = Set.copyOf(dialogueIds);
        versions = Set.copyOf(versions);
        themes = Set.copyOf(themes);
        text = text.strip();
        if (tagId != null && untagged) {
            throw new IllegalArgumentException("A comment cannot both carry a tag and carry none");
        }
    }

    public CommentFilter withPlaces(Set<Long> ids) {
        return new CommentFilter(ids, dialogueIds, from, until, versions, themes, kind, text, tagId, untagged);
    }

    public CommentFilter withDialogues(Set<Long> ids) {
        return new CommentFilter(placeIds, ids, from, until, versions, themes, kind, text, tagId, untagged);
    }

    public CommentFilter withPeriod(@Nullable Instant start, @Nullable Instant end) {
        return new CommentFilter(placeIds, dialogueIds, start, end, versions, themes, kind, text, tagId, untagged);
    }

    public CommentFilter withVersions(Set<Version> chosen) {
        return new CommentFilter(placeIds, dialogueIds, from, until, chosen, themes, kind, text, tagId, untagged);
    }

    public CommentFilter withThemes(Set<Theme> chosen) {
        return new CommentFilter(placeIds, dialogueIds, from, until, versions, chosen, kind, text, tagId, untagged);
    }

    public CommentFilter withKind(Comment.@Nullable Kind chosen) {
        return new CommentFilter(placeIds, dialogueIds, from, until, versions, themes, chosen, text, tagId, untagged);
    }

    public CommentFilter withText(@Nullable String contains) {
        return new CommentFilter(placeIds, dialogueIds, from, until, versions, themes, kind,
                contains == null ? "" : contains, tagId, untagged);
    }

    /** Comments with this tag; null: with or without any tag. */
    public CommentFilter withTag(@Nullable Long id) {
        return new CommentFilter(placeIds, dialogueIds, from, until, versions, themes, kind, text, id, false);
    }

    /** Only comments that carry no tag yet. */
    public CommentFilter withoutAnyTag() {
        return new CommentFilter(placeIds, dialogueIds, from, until, versions, themes, kind, text, null, true);
    }

    /** The same selection whatever tags the comments carry: what counts per tag are counted in. */
    public CommentFilter anyTags() {
        return new CommentFilter(placeIds, dialogueIds, from, until, versions, themes, kind, text, null, false);
    }
}
