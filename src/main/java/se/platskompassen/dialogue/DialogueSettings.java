package se.platskompassen.dialogue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Version;

/**
 * What a facilitator sets for a dialogue.
 *
 * @param climateLens whether residents get the Climate Lens' optional question on every theme (decision 0038)
 */
public record DialogueSettings(
        String title,
        @Nullable String intro,
        Version version,
        Set<Language> languages,
        DialogueKind kind,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        List<String> areaChoices,
        boolean climateLens) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INTRO = 2000;
    public static final int MAX_AREA_CHOICE = 100;
    public static final int MAX_AREA_CHOICES = 20;
    /** Room for the most and longest area choices with the line breaks between them (dialogue.area_choices). */
    public static final int STORED_AREA_CHOICES = 2100;

    /** Settings without the Climate Lens. */
    public DialogueSettings(String title, @Nullable String intro, Version version, Set<Language> languages,
            DialogueKind kind, @Nullable Instant opensAt, @Nullable Instant closesAt, List<String> areaChoices) {
        this(title, intro, version, languages, kind, opensAt, closesAt, areaChoices, false);
    }

    /** The same settings with the Climate Lens on or off. */
    public DialogueSettings withClimateLens(boolean on) {
        return new DialogueSettings(title, intro, version, languages, kind, opensAt, closesAt, areaChoices, on);
    }

    public DialogueSettings {
        title = title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A dialogue needs a title of 1 to " + MAX_TITLE + " characters");
        }
        intro = intro == null || intro.isBlank() ? null : intro.strip();
        if (intro != null && intro.length() > MAX_INTRO) {
            throw new IllegalArgumentException("The intro is longer than " + MAX_INTRO + " characters");
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("A dialogue is offered in at least one language");
        }
        languages = Set.copyOf(EnumSet.copyOf(languages));
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A dialogue must close after it opens");
        }
        Set<String> areas = new LinkedHashSet<>();
        for (String choice : areaChoices) {
            String stripped = choice.strip();
            if (stripped.length() > MAX_AREA_CHOICE) {
                throw new IllegalArgumentException("An area choice is longer than " + MAX_AREA_CHOICE + " characters");
            }
            if (!stripped.isEmpty()) {
                areas.add(stripped);
            }
        }
        if (areas.size() > MAX_AREA_CHOICES) {
            throw new IllegalArgumentException("At most " + MAX_AREA_CHOICES + " area choices");
        }
        areaChoices = List.copyOf(areas);
    }
}
