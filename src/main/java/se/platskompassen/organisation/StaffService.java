package se.platskompassen.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;

/**
 * Staff accounts. Organisation admins manage their own organisation's staff; network admins
 * create organisations' admins and other network admins. Failed logins slow an account down
 * and then lock it for a while: per account, since a whole workshop shares one network address.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {

    private final StaffRepository staff;
    private final OrganisationService organisations;
    private final TenantAccess access;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StaffService(StaffRepository staff, OrganisationService organisations, TenantAccess access,
            PasswordEncoder passwords, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.staff = staff;
        this.organisations = organisations;
        this.access = access;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** A new account and the one-time password to hand to its owner. */
    public record Created(StaffMember member, String oneTimePassword) {
    }

    /** The staff of the admin's own organisation. */
    public List<StaffMember> ofMyOrganisation() {
        return staff.findByOrganisationIdOrderByDisplayName(access.organisation(Permission.MANAGE_STAFF));
    }

    /** A page of the admin's own organisation's staff, for a lazy grid. */
    public List<StaffMember> ofMyOrganisation(Pageable page) {
        return staff.findByOrganisationId(access.organisation(Permission.MANAGE_STAFF), page);
    }

    public long countOfMyOrganisation() {
        return staff.countByOrganisationId(access.organisation(Permission.MANAGE_STAFF));
    }

    /** Every organisation's admins, by organisation id: for network admins. */
    public Map<Long, List<StaffMember>> organisationAdmins() {
        access.require(Permission.MANAGE_ORGANISATIONS);
        return staff.findByRoleOrderByDisplayName(Role.ORGANISATION_ADMIN).stream()
                .collect(Collectors.groupingBy(member -> Objects.requireNonNull(member.organisationId())));
    }

    public List<StaffMember> networkAdmins() {
        access.require(Permission.MANAGE_ORGANISATIONS);
        return staff.findByRoleOrderByDisplayName(Role.NETWORK_ADMIN);
    }

    /**
     * Creates an account with a one-time password. An organisation admin creates admins,
     * facilitators and analysts of their own organisation; a network admin creates network admins
     * and the admins of any organisation.
     */
    @Transactional
    public Created create(NewStaff request) {
        Actor actor = access.actor();
        requireStaffRole(request.role());
        Long organisationId;
        if (actor.may(Permission.MANAGE_ORGANISATIONS)) {
            if (request.role() == Role.NETWORK_ADMIN) {
                organisationId = null;
            } else if (request.role() == Role.ORGANISATION_ADMIN && request.organisationId() != null) {
                organisationId = organisations.find(request.organisationId())
                        .orElseThrow(() -> new NotFoundException("Organisation")).id();
            } else {
                throw new NoAccessException("A network admin creates network admins and organisation admins");
            }
        } else {
            organisationId = access.organisation(Permission.MANAGE_STAFF);
            if (request.role() == Role.NETWORK_ADMIN) {
                throw new NoAccessException("Only network admins create network admins");
            }
        }
        if (staff.existsByUsername(request.username())) {
            throw new UsernameTakenException(request.username());
        }
        String oneTime = Passwords.oneTime();
        StaffMember member = staff.save(new StaffMember(organisationId, request.username(), request.displayName(),
                passwords.encode(oneTime), request.role(), true, clock.instant()));
        audit.record(organisationId, actor.username(), AuditAction.STAFF_CREATED,
                member.username() + " (" + member.role() + ")");
        return new Created(member, oneTime);
    }

    /** Creates an account with a chosen password, as the application: the first admin, demo staff. */
    @Transactional
    public StaffMember createWithPassword(NewStaff request, String password) {
        if (access.actor().staffId() != Actor.SYSTEM_ID) {
            throw new NoAccessException("Only the application itself creates accounts with a chosen password");
        }
        String problem = Passwords.problem(password, request.username());
        if (problem != null) {
            throw new Passwords.RefusedException(problem);
        }
        if (staff.existsByUsername(request.username())) {
            throw new UsernameTakenException(request.username());
        }
        Long organisationId = request.role() == Role.NETWORK_ADMIN ? null : request.organisationId();
        StaffMember member = staff.save(new StaffMember(organisationId, request.username(), request.displayName(),
                passwords.encode(password), request.role(), false, clock.instant()));
        audit.record(organisationId, "system", AuditAction.STAFF_CREATED, member.username() + " (" + member.role() + ")");
        return member;
    }

    @Transactional
    public void changeRole(long staffId, Role role) {
        Actor actor = access.require(Permission.MANAGE_STAFF);
        StaffMember member = ownStaff(staffId);
        if (member.id() == actor.staffId()) {
            throw new NoAccessException("Nobody changes their own role");
        }
        requireStaffRole(role);
        if (role == Role.NETWORK_ADMIN) {
            throw new NoAccessException("Only network admins create network admins");
        }
        Role before = member.role();
        member.setRole(role);
        audit.record(member.organisationId(), actor.username(), AuditAction.ROLE_CHANGED,
                member.username() + ": " + before + " → " + role);
    }

    @Transactional
    public void setActive(long staffId, boolean active) {
        Actor actor = access.require(Permission.MANAGE_STAFF);
        StaffMember member = ownStaff(staffId);
        if (member.id() == actor.staffId()) {
            throw new NoAccessException("Nobody deactivates themselves");
        }
        member.setActive(active);
        audit.record(member.organisationId(), actor.username(),
                active ? AuditAction.STAFF_REACTIVATED : AuditAction.STAFF_DEACTIVATED, member.username());
    }

    /** A new one-time password for a member who forgot theirs; the member's open sessions end. */
    @Transactional
    public String resetPassword(long staffId) {
        Actor actor = access.require(Permission.MANAGE_STAFF);
        StaffMember member = ownStaff(staffId);
        String oneTime = Passwords.oneTime();
        member.setPassword(passwords.encode(oneTime), true);
        member.loginFailed(0, null);
        audit.record(member.organisationId(), actor.username(), AuditAction.PASSWORD_CHANGED,
                member.username() + " (reset by admin)");
        events.publishEvent(new PasswordChanged(member.id()));
        return oneTime;
    }

    /**
     * The signed-in member chooses a new password, knowing the current one; their other open
     * sessions end (this one goes on).
     */
    @Transactional
    public void changeOwnPassword(String current, String next) {
        Actor actor = access.actor();
        StaffMember member = staff.findById(actor.staffId()).orElseThrow(() -> new NotFoundException("Staff member"));
        if (!passwords.matches(current, member.passwordHash())) {
            throw new Passwords.RefusedException("wrongCurrent");
        }
        String problem = Passwords.problem(next, member.username());
        if (problem != null) {
            throw new Passwords.RefusedException(problem);
        }
        if (passwords.matches(next, member.passwordHash())) {
            throw new Passwords.RefusedException("sameAsBefore");
        }
        member.setPassword(passwords.encode(next), false);
        audit.record(member.organisationId(), member.username(), AuditAction.PASSWORD_CHANGED, member.username());
        events.publishEvent(new PasswordChanged(member.id()));
    }

    public Optional<StaffMember> me() {
        Actor actor = access.actorOrNull();
        return actor == null ? Optional.empty() : staff.findById(actor.staffId());
    }

    private StaffMember ownStaff(long staffId) {
        Actor actor = access.actor();
        if (actor.may(Permission.MANAGE_ORGANISATIONS)) {
            return staff.findById(staffId).filter(m -> m.role() == Role.ORGANISATION_ADMIN
                    || m.role() == Role.NETWORK_ADMIN).orElseThrow(() -> new NotFoundException("Staff member"));
        }
        return staff.findByIdAndOrganisationId(staffId, access.organisation(Permission.MANAGE_STAFF))
                .orElseThrow(() -> new NotFoundException("Staff member"));
    }

    public boolean anyStaff() {
        return staff.count() > 0;
    }

    /** The API clients' roles are never a staff account's (the database refuses them too). */
    private static void requireStaffRole(Role role) {
        if (!role.isStaffRole()) {
            throw new IllegalArgumentException("No staff account has the role " + role);
        }
    }

    /** The username is in use already. */
    public static final class UsernameTakenException extends IllegalArgumentException {

        public UsernameTakenException(String username) {
            super("The username " + username + " is taken");
        }
    }
}
