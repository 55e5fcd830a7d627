package se.platskompassen.analysis.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.analysis.BackgroundGroup;
import se.platskompassen.analysis.Choices;
import se.platskompassen.analysis.Series;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;
import se.platskompassen.response.Relation;

/** What a series is called on screen, and which series of a kind there are to choose from. */
final class SeriesLabels {

    /** A series with its name, for the choosers. */
    record Option(Series series, String label) {
    }

    private SeriesLabels() {
    }

    static String label(Component in, Series series, @Nullable String name) {
        return switch (series) {
            case Series.Everyone ignored -> in.getTranslation("analysis.series.everyone");
            case Series.AtPlace place -> name != null ? name : String.valueOf(place.placeId());
            case Series.OfDialogue dialogue -> name != null ? name : String.valueOf(dialogue.dialogueId());
            case Series.InYear year -> String.valueOf(year.year());
            case Series.OfGroup group -> group(in, group.group());
            case Series.InVersion version -> in.getTranslation("analysis.version." + version.version().name());
            case Series.ClimateOf climate -> in.getTranslation("analysis.series.climateOf", label(in, climate.of(), name));
        };
    }

    static String group(Component in, BackgroundGroup group) {
        if (group.dimension() == BackgroundGroup.Dimension.AREA) {
            return in.getTranslation("analysis.group.AREA", group.value());
        }
        if (group.dimension() == BackgroundGroup.Dimension.LANGUAGE) {
            return in.getTranslation("analysis.group.LANGUAGE", in.getTranslation("language." + group.value()));
        }
        return in.getTranslation("analysis.group." + group.dimension().name() + "." + group.value());
    }

    static List<Option> options(Component in, SeriesKind kind, Choices choices) {
        List<Option> options = new ArrayList<>();
        switch (kind) {
            case EVERYONE -> options.add(new Option(new Series.Everyone(), label(in, new Series.Everyone(), null)));
            case PLACE -> choices.places().forEach(place ->
                    options.add(new Option(new Series.AtPlace(place.id()), place.name())));
            case DIALOGUE -> choices.dialogues().forEach(dialogue -> options.add(new Option(
                    new Series.OfDialogue(dialogue.id()), in.getTranslation("analysis.series.dialogueOption",
                            dialogue.title(), dialogue.placeName(), dialogue.started().getYear()))));
            case YEAR -> choices.years().forEach(year -> options.add(new Option(new Series.InYear(year),
                    String.valueOf(year))));
            case GROUP -> groups(choices).forEach(group -> options.add(new Option(new Series.OfGroup(group),
                    group(in, group))));
            case VERSION -> {
                for (Version version : Version.values()) {
                    Series series = new Series.InVersion(version);
                    options.add(new Option(series, label(in, series, null)));
                }
            }
        }
        return options;
    }

    private static List<BackgroundGroup> groups(Choices choices) {
        List<BackgroundGroup> groups = new ArrayList<>();
        for (Gender gender : Gender.values()) {
            groups.add(BackgroundGroup.of(gender));
        }
        for (AgeBand age : AgeBand.values()) {
            groups.add(BackgroundGroup.of(age));
        }
        for (Relation relation : Relation.values()) {
            groups.add(BackgroundGroup.of(relation));
        }
        choices.areas().forEach(area -> groups.add(BackgroundGroup.area(area)));
        for (Language language : Language.values()) {
            groups.add(BackgroundGroup.of(language));
        }
        return groups;
    }
}
