package se.platskompassen.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;

/** Municipalities and regions: network admins manage them; each member sees only their own. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    public static final int MAX_RETENTION_DAYS = 3650;
    /** The lowest minimum group size an organisation may choose: the projector's own rule. */
    public static final int MIN_GROUP_SIZE_FLOOR = 3;
    public static final int MIN_GROUP_SIZE_CEILING = 100;

    private final OrganisationRepository organisations;
    private final TenantAccess access;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, TenantAccess access, AuditLog audit, Clock clock) {
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organisation create(String name, OrganisationKind kind) {
        Actor actor = access.require(Permission.MANAGE_ORGANISATIONS);
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > 200) {
            throw new IllegalArgumentException("An organisation needs a name of 1 to 200 characters");
        }
        if (organisations.findByName(stripped).isPresent()) {
            throw new IllegalArgumentException("An organisation with this name exists");
        }
        Organisation organisation = organisations.save(new Organisation(stripped, kind, clock.instant()));
        audit.record(organisation.id(), actor.username(), AuditAction.ORGANISATION_CREATED, stripped);
        return organisation;
    }

    /** The signed-in member's own organisation. */
    public Organisation mine() {
        long id = access.organisation(Permission.READ_RESULTS);
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation"));
    }

    /** Every organisation: for network admins. */
    public List<Organisation> all() {
        access.require(Permission.MANAGE_ORGANISATIONS);
        return organisations.findAll(Sort.by("name"));
    }

    /** An organisation a network admin manages. */
    public Optional<Organisation> find(long organisationId) {
        access.require(Permission.MANAGE_ORGANISATIONS);
        return organisations.findById(organisationId);
    }

    /** The name residents see on a dialogue's start page; organisation names are public. */
    public Optional<String> publicName(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::name);
    }

    /** For start-up work (demo content): whether an organisation with this name exists. */
    public Optional<Organisation> findByNameAsSystem(String name) {
        return organisations.findByName(name);
    }

    /** How long free-text comments are kept in the admin's organisation; null keeps them. */
    @Transactional
    public void setCommentRetention(@Nullable Integer days) {
        if (days != null && (days < 1 || days > MAX_RETENTION_DAYS)) {
            throw new IllegalArgumentException("Keep comments for 1 to " + MAX_RETENTION_DAYS + " days, or for good");
        }
        Actor actor = access.require(Permission.MANAGE_PRIVACY);
        Organisation organisation = organisations.findById(access.organisation(Permission.MANAGE_PRIVACY))
                .orElseThrow(() -> new NotFoundException("Organisation"));
        organisation.setCommentRetentionDays(days);
        audit.record(organisation.id(), actor.username(), AuditAction.SETTINGS_CHANGED,
                "comment retention: " + (days == null ? "kept" : days + " days"));
    }

    /**
     * The signed-in member's organisation's minimum group size: any figure for a group with fewer
     * respondents than this is hidden, in every view, chart, export and API (default 5).
     */
    public int minGroupSize() {
        long id = access.organisation(Permission.READ_RESULTS);
        return organisations.findById(id).map(Organisation::minGroupSize)
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    /** Sets the admin's organisation's minimum group size ({@value #MIN_GROUP_SIZE_FLOOR} to {@value #MIN_GROUP_SIZE_CEILING}). */
    @Transactional
    public void setMinGroupSize(int size) {
        if (size < MIN_GROUP_SIZE_FLOOR || size > MIN_GROUP_SIZE_CEILING) {
            throw new IllegalArgumentException("The minimum group size is " + MIN_GROUP_SIZE_FLOOR + " to "
                    + MIN_GROUP_SIZE_CEILING);
        }
        Actor actor = access.require(Permission.MANAGE_PRIVACY);
        Organisation organisation = organisations.findById(access.organisation(Permission.MANAGE_PRIVACY))
                .orElseThrow(() -> new NotFoundException("Organisation"));
        int before = organisation.minGroupSize();
        organisation.setMinGroupSize(size);
        audit.record(organisation.id(), actor.username(), AuditAction.SETTINGS_CHANGED,
                "minimum group size: " + before + " -> " + size);
    }

    /** Organisations that erase comments after a while, for the scheduled privacy work. */
    public List<Organisation> withCommentRetention() {
        return organisations.findByCommentRetentionDaysIsNotNull();
    }
}
