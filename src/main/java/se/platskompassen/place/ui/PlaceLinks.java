package se.platskompassen.place.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.stereotype.Component;
import se.platskompassen.place.PlacePageLink;

/**
 * The addresses of the place pages, for links from this feature and from the features above it;
 * as a bean, the dialogue pages' way back to their place.
 */
@Component
public final class PlaceLinks implements PlacePageLink {

    @Override
    public String toPlace(long placeId) {
        return place(placeId);
    }

    /** The list of the organisation's places. */
    public static String places() {
        return RouteConfiguration.forApplicationScope().getUrl(PlacesView.class);
    }

    /** The page of one place. */
    public static String place(long placeId) {
        return RouteConfiguration.forApplicationScope().getUrl(PlaceView.class,
                new RouteParameters(PlaceView.PLACE_ID, String.valueOf(placeId)));
    }
}
