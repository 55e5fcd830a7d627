package se.platskompassen.analysis.ui;

import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import java.util.stream.Collectors;
import se.platskompassen.analysis.Series;

/** The addresses of the analysis pages, for links from the features above it. */
public final class AnalysisLinks {

    private AnalysisLinks() {
    }

    /** The comparison of these series, side by side in this order. */
    public static String compare(List<Series> series) {
        return RouteConfiguration.forApplicationScope().getUrl(CompareView.class) + "?" + series.stream()
                .map(one -> CompareView.SERIES + "=" + Series.token(one)).collect(Collectors.joining("&"));
    }
}
