package se.platskompassen.place;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PlaceService {

    private final PlaceRepository places;
    private final Clock clock;

    PlaceService(PlaceRepository places, Clock clock) {
        this.places = places;
        this.clock = clock;
    }

    @Transactional
    public Place create(long organisationId, PlaceDetails details) {
        return places.save(new Place(organisationId, details, clock.instant()));
    }

    public List<Place> findAll(long organisationId) {
        return places.findByOrganisationIdOrderByName(organisationId);
    }

    public Optional<Place> find(long organisationId, long placeId) {
        return places.findByIdAndOrganisationId(placeId, organisationId);
    }

    /** For resident pages, which reach a place only through an open dialogue's join code. */
    public Optional<Place> findForDialogue(long placeId) {
        return places.findById(placeId);
    }
}
