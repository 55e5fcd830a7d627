package se.platskompassen.place;

import org.jspecify.annotations.Nullable;

/** What a person can edit about a place. */
public record PlaceDetails(
        String name,
        @Nullable String description,
        @Nullable String area,
        @Nullable Double latitude,
        @Nullable Double longitude) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_AREA = 200;

    public PlaceDetails {
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A place needs a name of 1 to " + MAX_NAME + " characters");
        }
        description = blankToNull(description, MAX_DESCRIPTION);
        area = blankToNull(area, MAX_AREA);
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("Give both latitude and longitude, or neither");
        }
        if (latitude != null && (latitude < -90 || latitude > 90)) {
            throw new IllegalArgumentException("Latitude must lie between -90 and 90");
        }
        if (longitude != null && (longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("Longitude must lie between -180 and 180");
        }
    }

    public static PlaceDetails named(String name) {
        return new PlaceDetails(name, null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("Text is longer than " + max + " characters");
        }
        return stripped;
    }
}
