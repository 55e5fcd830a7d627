package se.platskompassen.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findByUsername(String username);

    List<StaffMember> findByOrganisationIdOrderByDisplayName(long organisationId);

    List<StaffMember> findByOrganisationId(long organisationId, Pageable page);

    long countByOrganisationId(long organisationId);

    List<StaffMember> findByRoleOrderByDisplayName(Role role);

    Optional<StaffMember> findByIdAndOrganisationId(long id, long organisationId);

    boolean existsByUsername(String username);
}
