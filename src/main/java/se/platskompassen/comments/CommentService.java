package se.platskompassen.comments;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;

/**
 * Residents' comments for planners: browse and search the comments of a selection, and tag them
 * with the organisation's own codes to count and filter them. Everyone who reads results
 * (organisation admins, facilitators, analysts) searches, filters and counts; those who run
 * dialogues (organisation admins, facilitators) also manage the tags and tag comments. Analysts
 * change nothing, tags included (docs/decisions/0014-comment-tags.md).
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final CommentQueries queries;
    private final CommentTagWrites writes;
    private final TenantAccess access;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final Clock clock;

    CommentService(CommentQueries queries, CommentTagWrites writes, TenantAccess access,
            OrganisationService organisations, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.writes = writes;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading --------------------------------------------------------------------------------

    /**
     * One page of the comments that pass the filter, in theme order, "works well" first, then
     * alphabetically (never in the order they came in), each with its tags. For a lazy grid:
     * {@code offset} and {@code limit} are the grid's. Also the comment search that the
     * benchmark times.
     */
    public List<CommentRow> search(CommentFilter filter, int offset, int limit) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit are never negative");
        }
        if (limit == 0) {
            return List.of();
        }
        List<CommentQueries.Found> found = queries.page(organisation, filter, offset, limit);
        Map<CommentRef, List<CommentTag>> tags = queries.tagsOf(organisation,
                found.stream().map(CommentQueries.Found::ref).toList());
        return found.stream().map(row -> new CommentRow(row.ref(), row.theme(), row.text(), row.placeId(),
                row.placeName(), row.dialogueId(), row.dialogueTitle(), row.version(), row.savedAt(),
                sorted(tags.getOrDefault(row.ref(), List.of())))).toList();
    }

    /** How many comments pass the filter. */
    public long count(CommentFilter filter) {
        return queries.count(access.organisation(Permission.READ_RESULTS), filter);
    }

    /**
     * How many comments of the selection carry each tag. The selection is the filter without its
     * tag part. When the selection's comments come from fewer people than the organisation's
     * minimum group size, no count is given (see {@link TagCounts#hidden()}).
     */
    public TagCounts tagCounts(CommentFilter filter) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        CommentFilter selection = filter.anyTags();
        CommentQueries.Size size = queries.size(organisation, selection);
        int minimum = minGroupSize();
        boolean hidden = size.respondents() < minimum;
        return new TagCounts(size.comments(), hidden, minimum,
                hidden ? Map.of() : queries.countsByTag(organisation, selection));
    }

    /** The smallest group of respondents whose figures the organisation shows (its own setting). */
    private int minGroupSize() {
        return organisations.minGroupSize();
    }

    /** The organisation's tags, alphabetically. */
    public List<CommentTag> tags() {
        return sorted(queries.tags(access.organisation(Permission.READ_RESULTS)));
    }

    /** How many comments carry one of the organisation's tags (e.g. before it is deleted). */
    public long uses(long tagId) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        return queries.uses(ownTag(organisation, tagId).id());
    }

    /** Whether the actor may manage tags and tag comments: views hide what the service would refuse. */
    public boolean mayTag() {
        return access.may(Permission.RUN_DIALOGUES) && access.may(Permission.READ_RESULTS);
    }

    // --- tags -----------------------------------------------------------------------------------

    /** A new tag of the organisation; the name is unique in the organisation whatever its case. */
    @Transactional
    public CommentTag createTag(String name) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        String cleaned = TagNames.clean(name);
        String key = TagNames.key(cleaned);
        if (queries.tagIdByKey(organisation, key).isPresent()) {
            throw new TagNameException(TagNameException.Reason.TAKEN);
        }
        CommentTag created;
        try {
            created = new CommentTag(writes.insertTag(organisation, cleaned, key, clock.instant()), cleaned);
        } catch (DuplicateKeyException e) {
            throw new TagNameException(TagNameException.Reason.TAKEN);
        }
        audit(organisation, AuditAction.COMMENT_TAG_CREATED, quoted(cleaned));
        return created;
    }

    /** Gives a tag a new name; the comments keep it. Changing only the case of letters is fine. */
    @Transactional
    public CommentTag renameTag(long tagId, String name) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        CommentTag tag = ownTag(organisation, tagId);
        String cleaned = TagNames.clean(name);
        String key = TagNames.key(cleaned);
        if (queries.tagIdByKey(organisation, key).filter(other -> other != tag.id()).isPresent()) {
            throw new TagNameException(TagNameException.Reason.TAKEN);
        }
        try {
            writes.renameTag(organisation, tag.id(), cleaned, key);
        } catch (DuplicateKeyException e) {
            throw new TagNameException(TagNameException.Reason.TAKEN);
        }
        audit(organisation, AuditAction.COMMENT_TAG_RENAMED, quoted(tag.name()) + " \u2192 " + quoted(cleaned));
        return new CommentTag(tag.id(), cleaned);
    }

    /** Deletes a tag and takes it off every comment; the comments stay. Returns how many carried it. */
    @Transactional
    public long deleteTag(long tagId) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        CommentTag tag = ownTag(organisation, tagId);
        long uses = queries.uses(tag.id());
        writes.deleteTag(organisation, tag.id());
        audit(organisation, AuditAction.COMMENT_TAG_DELETED, quoted(tag.name()) + ", on " + uses + " comments");
        return uses;
    }

    // --- tagging --------------------------------------------------------------------------------

    /** Puts one of the organisation's tags on one of its comments; doing it twice changes nothing. */
    @Transactional
    public void tag(CommentRef comment, long tagId) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        CommentTag tag = ownTag(organisation, tagId);
        requireComment(organisation, comment);
        writes.link(comment, tag.id(), clock.instant());
        audit(organisation, AuditAction.COMMENT_TAGGED, quoted(tag.name()) + " on 1 comment");
    }

    /**
     * Puts one of the organisation's tags on every comment that passes the filter (say, every
     * comment that mentions "buss"); comments that carry it already keep it. Returns how many
     * comments got it now.
     */
    @Transactional
    public int tagAll(CommentFilter filter, long tagId) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        CommentTag tag = ownTag(organisation, tagId);
        int tagged = writes.linkAll(queries.selection(organisation, filter), tag.id(), clock.instant());
        audit(organisation, AuditAction.COMMENT_TAGGED, quoted(tag.name()) + " on " + tagged + " comments");
        return tagged;
    }

    /** Takes a tag off a comment. */
    @Transactional
    public void untag(CommentRef comment, long tagId) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        CommentTag tag = ownTag(organisation, tagId);
        requireComment(organisation, comment);
        writes.unlink(comment, tag.id());
        audit(organisation, AuditAction.COMMENT_UNTAGGED, quoted(tag.name()) + " from 1 comment");
    }

    /** Makes exactly these of the organisation's tags the comment's tags. */
    @Transactional
    public void setTags(CommentRef comment, Set<Long> tagIds) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        requireComment(organisation, comment);
        Map<Long, CommentTag> wanted = new HashMap<>();
        for (long id : tagIds) {
            CommentTag tag = ownTag(organisation, id);
            wanted.put(tag.id(), tag);
        }
        List<CommentTag> present = queries.tagsOf(organisation, List.of(comment)).getOrDefault(comment, List.of());
        for (CommentTag tag : present) {
            if (wanted.remove(tag.id()) == null) {
                writes.unlink(comment, tag.id());
                audit(organisation, AuditAction.COMMENT_UNTAGGED, quoted(tag.name()) + " from 1 comment");
            }
        }
        for (CommentTag tag : wanted.values()) {
            writes.link(comment, tag.id(), clock.instant());
            audit(organisation, AuditAction.COMMENT_TAGGED, quoted(tag.name()) + " on 1 comment");
        }
    }

    /** Tag operations name the tag and how many comments, never a comment's text (a resident's words). */
    private void audit(long organisation, AuditAction action, String details) {
        audit.record(organisation, access.actor().username(), action, details);
    }

    private static String quoted(String name) {
        return "\u201c" + name + "\u201d";
    }

    private CommentTag ownTag(long organisation, long tagId) {
        return queries.tag(organisation, tagId).orElseThrow(() -> new NotFoundException("Tag"));
    }

    private void requireComment(long organisation, CommentRef comment) {
        if (!queries.commentExists(organisation, comment)) {
            throw new NotFoundException("Comment");
        }
    }

    private static List<CommentTag> sorted(List<CommentTag> tags) {
        return tags.stream().sorted(Comparator.comparing(CommentTag::name, SWEDISH).thenComparing(CommentTag::id))
                .toList();
    }
}
