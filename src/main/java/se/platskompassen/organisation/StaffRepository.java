package se.platskompassen.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findByUsername(String username);

    List<StaffMember> findByOrganisationIdOrderByDisplayName(long organisationId);

    List<StaffMember> findByOrganisationId(long organisationId, Pageable page);

    long countByOrganisationId(long organisationId);

    List<StaffMember> findByRoleOrderByDisplayName(Role role);

    Optional<StaffMember> findByIdAndOrganisationId(long id, long organisationId);

    boolean existsByUsername(String username);

    /** What sign-in needs to count an attempt, read from the database (not from a cached entity). */
    record SignInState(long id, int failedLogins, @Nullable Instant lockedUntil) {
    }

    @Query("SELECT new se.platskompassen.organisation.StaffRepository$SignInState(m.id, m.failedLogins, m.lockedUntil) "
            + "FROM StaffMember m WHERE m.username = :username")
    Optional<SignInState> signInState(String username);

    /**
     * Counts an attempt if nothing changed since {@code failures} was read and the account is not
     * locked; 0 rows when another attempt came first.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("UPDATE StaffMember m SET m.failedLogins = :next, m.lockedUntil = :lockedUntil WHERE m.id = :id "
            + "AND m.failedLogins = :failures AND (m.lockedUntil IS NULL OR m.lockedUntil <= :now)")
    int countAttempt(long id, int failures, int next, @Nullable Instant lockedUntil, Instant now);
}
