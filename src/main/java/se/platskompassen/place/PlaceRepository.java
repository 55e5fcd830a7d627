package se.platskompassen.place;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceRepository extends JpaRepository<Place, Long> {

    List<Place> findByOrganisationIdOrderByName(long organisationId);

    List<Place> findByOrganisationIdAndArchivedOrderByName(long organisationId, boolean archived);

    Optional<Place> findByIdAndOrganisationId(long id, long organisationId);
}
