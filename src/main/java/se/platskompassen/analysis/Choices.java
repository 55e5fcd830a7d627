package se.platskompassen.analysis;

import java.time.LocalDate;
import java.util.List;
import se.platskompassen.questionnaire.Version;

/** What the organisation's analyses can be narrowed to and compared by. */
public record Choices(List<PlaceChoice> places, List<DialogueChoice> dialogues, List<Integer> years,
        List<String> areas) {

    public Choices {
        places = List.copyOf(places);
        dialogues = List.copyOf(dialogues);
        years = List.copyOf(years);
        areas = List.copyOf(areas);
    }

    public record PlaceChoice(long id, String name) {
    }

    public record DialogueChoice(long id, String title, String placeName, Version version, LocalDate started) {
    }
}
