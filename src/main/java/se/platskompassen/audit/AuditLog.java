package se.platskompassen.audit;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: logins, failed logins, exports, deletions, role changes. It knows nothing of
 * users or tenants; callers say who acted and in which organisation, and reading is scoped by
 * the caller (organisation admins their own organisation, network admins everything).
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event, in the same transaction as the work it records (if any). */
    @Transactional
    public void record(@Nullable Long organisationId, String actor, AuditAction action, @Nullable String details) {
        events.save(new AuditEvent(clock.instant(), organisationId, actor, action, details));
    }

    /** A page of an organisation's events, newest first. */
    public Page<AuditEvent> ofOrganisation(long organisationId, int page, int size) {
        return events.findByOrganisationId(organisationId, PageRequest.of(page, size, newestFirst()));
    }

    /** A page of every event, newest first: for network admins only (the caller checks). */
    public Page<AuditEvent> all(int page, int size) {
        return events.findAll(PageRequest.of(page, size, newestFirst()));
    }

    private static Sort newestFirst() {
        return Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
    }
}
