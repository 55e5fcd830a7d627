package se.platskompassen.response;

import org.jspecify.annotations.Nullable;

/** Optional, anonymous background answers; {@code null} means not answered. */
public record Background(
        @Nullable AgeBand ageBand,
        @Nullable Gender gender,
        @Nullable Relation relation,
        @Nullable String area) {

    public static final int MAX_AREA = 200;

    public static final Background NONE = new Background(null, null, null, null);

    public Background {
        area = area == null || area.isBlank() ? null : area.strip();
        if (area != null && area.length() > MAX_AREA) {
            throw new IllegalArgumentException("Area is longer than " + MAX_AREA + " characters");
        }
    }
}
