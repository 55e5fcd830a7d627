package se.platskompassen.analysis.ui;

import se.platskompassen.analysis.Series;

/** The kinds of series a planner can choose. */
enum SeriesKind {
    EVERYONE,
    PLACE,
    DIALOGUE,
    YEAR,
    GROUP,
    VERSION;

    static SeriesKind of(Series series) {
        return switch (series) {
            case Series.Everyone ignored -> EVERYONE;
            case Series.AtPlace ignored -> PLACE;
            case Series.OfDialogue ignored -> DIALOGUE;
            case Series.InYear ignored -> YEAR;
            case Series.OfGroup ignored -> GROUP;
            case Series.InVersion ignored -> VERSION;
            case Series.ClimateOf climate -> of(climate.of());
        };
    }
}
