package se.platskompassen.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A neighbourhood, village, square or small town that a dialogue is about. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private @Nullable String description;

    @Column(length = 200)
    private @Nullable String area;

    private @Nullable Double latitude;

    private @Nullable Double longitude;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Place() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    Place(long organisationId, PlaceDetails details, Instant createdAt) {
        this.organisationId = organisationId;
        this.createdAt = createdAt;
        this.name = "";
        apply(details);
    }

    final void apply(PlaceDetails details) {
        this.name = details.name();
        this.description = details.description();
        this.area = details.area();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Place is not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public @Nullable String description() {
        return description;
    }

    public @Nullable String area() {
        return area;
    }

    public @Nullable Double latitude() {
        return latitude;
    }

    public @Nullable Double longitude() {
        return longitude;
    }

    public boolean archived() {
        return archived;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PlaceDetails details() {
        return new PlaceDetails(name, description, area, latitude, longitude);
    }
}
