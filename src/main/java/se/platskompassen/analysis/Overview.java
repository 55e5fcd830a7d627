package se.platskompassen.analysis;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Scale;

/** The organisation's places in use, each with its figures within the filter. */
public record Overview(Scale scale, List<PlaceRow> places, int minGroupSize) {

    public Overview {
        places = List.copyOf(places);
    }

    /**
     * @param latestDialogue the day the place's latest dialogue within the filter started, or null
     * @param dialogues how many of the place's dialogues lie within the filter
     */
    public record PlaceRow(long placeId, String name, ProtectedFigures figures, @Nullable LocalDate latestDialogue,
            int dialogues) {
    }
}
