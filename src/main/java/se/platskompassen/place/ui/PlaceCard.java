package se.platskompassen.place.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.platskompassen.compass.CompassThumbnail;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.place.Place;
import se.platskompassen.questionnaire.Theme;

/**
 * One place in the list: its name as a link to its page, its area, a small compass of its latest
 * dialogue, how many answered and when that dialogue was, and whether the place is archived.
 */
class PlaceCard extends Card {

    final Anchor link;
    final Svg thumbnail;

    /** {@code latest} and {@code counts} are null for a place without dialogues. */
    PlaceCard(Place place, @Nullable Dialogue latest, @Nullable ScoreCounts counts, ZoneId zone) {
        addClassName("place-card");
        addThemeVariants(CardVariant.OUTLINED, CardVariant.HORIZONTAL);

        link = new Anchor(PlaceLinks.place(place.id()), place.name());
        link.addClassName("place-card-link");
        H2 title = new H2(link);
        title.addClassName("place-card-title");
        setTitle(title);
        if (place.area() != null) {
            setSubtitle(place.area());
        }
        if (place.archived()) {
            Span archived = new Span(getTranslation("places.archived"));
            archived.addClassName("place-badge");
            setHeaderSuffix(archived);
        }

        thumbnail = new Svg(counts != null && hasScores(counts)
                ? CompassThumbnail.svg(Figures.of(counts), getTranslation("places.thumbnail", place.name()))
                : CompassThumbnail.noData(getTranslation("places.thumbnail.empty", place.name())));
        thumbnail.addClassName("place-card-compass");
        setMedia(thumbnail);

        add(summary(latest, counts, zone));
    }

    private Paragraph summary(@Nullable Dialogue latest, @Nullable ScoreCounts counts, ZoneId zone) {
        Paragraph summary = new Paragraph();
        summary.addClassName("place-card-summary");
        if (latest == null) {
            summary.setText(getTranslation("places.noDialogue"));
            return summary;
        }
        Locale locale = getLocale();
        Instant when = latest.opensAt() != null ? latest.opensAt() : latest.createdAt();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                .format(when);
        long responses = counts == null ? 0 : counts.respondents();
        summary.setText(getTranslation("places.latest", date) + " · " + getTranslation("places.responses", responses));
        return summary;
    }

    private static boolean hasScores(ScoreCounts counts) {
        for (Theme theme : Theme.values()) {
            if (counts.answered(theme) > 0) {
                return true;
            }
        }
        return false;
    }
}
