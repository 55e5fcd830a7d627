package se.platskompassen.place;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;

/** Places of the signed-in member's organisation; another organisation's places do not exist here. */
@Service
@Transactional(readOnly = true)
public class PlaceService {

    private final PlaceRepository places;
    private final TenantAccess access;
    private final AuditLog audit;
    private final Clock clock;

    PlaceService(PlaceRepository places, TenantAccess access, AuditLog audit, Clock clock) {
        this.places = places;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Place create(PlaceDetails details) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        Place place = places.save(new Place(organisation, details, clock.instant()));
        audit(place, AuditAction.PLACE_CREATED);
        return place;
    }

    @Transactional
    public Place update(long placeId, PlaceDetails details) {
        Place place = own(placeId, Permission.RUN_DIALOGUES);
        place.apply(details);
        audit(place, AuditAction.PLACE_CHANGED);
        return place;
    }

    @Transactional
    public void setArchived(long placeId, boolean archived) {
        Place place = own(placeId, Permission.RUN_DIALOGUES);
        place.setArchived(archived);
        audit(place, archived ? AuditAction.PLACE_ARCHIVED : AuditAction.PLACE_RESTORED);
    }

    private void audit(Place place, AuditAction action) {
        audit.record(place.organisationId(), access.actor().username(), action, "\u201c" + place.name() + "\u201d");
    }

    /** The organisation's places in use (not archived), by name. */
    public List<Place> findActive() {
        return places.findByOrganisationIdAndArchivedOrderByName(access.organisation(Permission.READ_RESULTS), false);
    }

    /** All the organisation's places, archived ones included. */
    public List<Place> findAll() {
        return places.findByOrganisationIdOrderByName(access.organisation(Permission.READ_RESULTS));
    }

    public Optional<Place> find(long placeId) {
        return places.findByIdAndOrganisationId(placeId, access.organisation(Permission.READ_RESULTS));
    }

    /**
     * The name residents see on a dialogue's start page. Residents reach a place only through an
     * open dialogue's join code; the name is all they get.
     */
    public Optional<String> publicName(long placeId) {
        return places.findById(placeId).map(Place::name);
    }

    private Place own(long placeId, Permission permission) {
        return places.findByIdAndOrganisationId(placeId, access.organisation(permission))
                .orElseThrow(() -> new NotFoundException("Place"));
    }
}
