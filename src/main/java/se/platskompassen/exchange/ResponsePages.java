package se.platskompassen.exchange;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.questionnaire.Language;

/**
 * The responses of a dialogue page by page, for the JSON API: the content of the wide export, in
 * its order, read from the database a page at a time, never all at once.
 */
@Service
public class ResponsePages {

    /** The most responses {@link #page} reads at once (a page, and one to see whether more follow). */
    public static final int MAX_PAGE = 1001;

    private final ExchangeQueries repository;
    private final TenantAccess access;

    ResponsePages(ExchangeQueries repository, TenantAccess access) {
        this.repository = repository;
        this.access = access;
    }

    /**
     * One page of the responses of one of the organisation's dialogues, with their answers, after
     * {@code after} (from the first when null). Needs {@link Permission#EXPORT}; another
     * organisation's dialogue is not found. The caller records the export in the audit log.
     */
    @Transactional(readOnly = true)
    public List<ExportedResponse> page(Dialogue dialogue, @Nullable ResponsePosition after, int limit) {
        return page(dialogue, ExchangeQueries.EVERY_LANGUAGE, after, limit);
    }

    /** The same, only the responses given in one of {@code languages} (at least one). */
    @Transactional(readOnly = true)
    public List<ExportedResponse> page(Dialogue dialogue, Set<Language> languages, @Nullable ResponsePosition after,
            int limit) {
        long organisation = access.organisation(Permission.EXPORT);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " responses");
        }
        access.requireOwn(dialogue.organisationId(), Permission.EXPORT, "Dialogue");
        return repository.page(organisation, dialogue.id(), languages, after, limit);
    }

    /** How many of the dialogue's responses (those counted in its figures) were given in one of {@code languages}. */
    @Transactional(readOnly = true)
    public long count(Dialogue dialogue, Set<Language> languages) {
        long organisation = access.organisation(Permission.EXPORT);
        access.requireOwn(dialogue.organisationId(), Permission.EXPORT, "Dialogue");
        return repository.count(organisation, dialogue.id(), languages);
    }
}
