package se.platskompassen.organisation;

import java.util.List;
import org.springframework.stereotype.Service;
import se.platskompassen.audit.AuditEvent;
import se.platskompassen.audit.AuditLog;

/** Reads the audit log as the actor may: their own organisation's events, or all for network admins. */
@Service
public class AuditReader {

    private final AuditLog audit;
    private final TenantAccess access;

    AuditReader(AuditLog audit, TenantAccess access) {
        this.audit = audit;
        this.access = access;
    }

    public List<AuditEvent> page(int page, int size) {
        Actor actor = access.require(Permission.VIEW_AUDIT);
        if (actor.organisationId() == null) {
            return audit.all(page, size).getContent();
        }
        return audit.ofOrganisation(actor.organisationId(), page, size).getContent();
    }
}
