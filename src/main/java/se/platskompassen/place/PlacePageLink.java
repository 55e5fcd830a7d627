package se.platskompassen.place;

/**
 * The address of a place's page, for pages of features that build on places (a dialogue's page,
 * the overview) to link back to it. The place page shows those features' figures, so its views
 * sit above theirs; its {@code ui} offers the address as a bean of this type (decision 0022).
 */
public interface PlacePageLink {

    String toPlace(long placeId);
}
