package se.platskompassen.dialogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueRepository extends JpaRepository<Dialogue, Long> {

    Optional<Dialogue> findByJoinKey(String joinKey);

    boolean existsByJoinKey(String joinKey);

    List<Dialogue> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);

    List<Dialogue> findByOrganisationIdAndPlaceIdOrderByCreatedAtDesc(long organisationId, long placeId);

    Optional<Dialogue> findByIdAndOrganisationId(long id, long organisationId);
}
