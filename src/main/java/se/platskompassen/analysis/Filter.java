package se.platskompassen.analysis;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.CollectionMode;

/**
 * What every analysis is narrowed to.
 *
 * @param from first day of the period (inclusive), or open; compared with the day a dialogue started
 * @param to last day of the period (inclusive), or open
 * @param versions questionnaire versions, all on one scale (adults and young people share 1–7;
 *     children answer on 1–3). A series of a version or of one dialogue sets its own version.
 * @param modes how responses were collected; all four means no narrowing
 * @param completedOnly only completed responses, or also the answers of unfinished ones
 * @param languages the languages residents answered in; every language means no narrowing
 */
public record Filter(@Nullable LocalDate from, @Nullable LocalDate to, Set<Version> versions,
        Set<CollectionMode> modes, boolean completedOnly, Set<Language> languages) {

    /** Adults and young people (both 1–7), all periods, all modes, every answer, every language. */
    public static final Filter DEFAULT = new Filter(null, null, EnumSet.of(Version.VUXEN, Version.UNGDOM),
            EnumSet.allOf(CollectionMode.class), false);

    /** Every language. */
    public Filter(@Nullable LocalDate from, @Nullable LocalDate to, Set<Version> versions, Set<CollectionMode> modes,
            boolean completedOnly) {
        this(from, to, versions, modes, completedOnly, EnumSet.allOf(Language.class));
    }

    public Filter {
        versions = versions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(versions));
        modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
        if (versions.isEmpty() || versions.stream().map(Version::scale).distinct().count() > 1) {
            throw new IllegalArgumentException("A filter takes versions that share one scale");
        }
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("A filter takes at least one collection mode");
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("A filter takes at least one language");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    public Scale scale() {
        return versions.iterator().next().scale();
    }

    public Filter withPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new Filter(from, to, versions, modes, completedOnly, languages);
    }

    public Filter withVersions(Set<Version> versions) {
        return new Filter(from, to, versions, modes, completedOnly, languages);
    }

    public Filter withModes(Set<CollectionMode> modes) {
        return new Filter(from, to, versions, modes, completedOnly, languages);
    }

    public Filter withCompletedOnly(boolean completedOnly) {
        return new Filter(from, to, versions, modes, completedOnly, languages);
    }

    public Filter withLanguages(Set<Language> languages) {
        return new Filter(from, to, versions, modes, completedOnly, languages);
    }

    /** Whether only some languages count. */
    public boolean narrowsLanguages() {
        return languages.size() < Language.values().length;
    }

    /** Whether a dialogue that started on this day lies in the period. */
    public boolean inPeriod(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether the filter looks at single responses (mode, completion, language), not only at whole dialogues. */
    public boolean narrowsResponses() {
        return completedOnly || modes.size() < CollectionMode.values().length || narrowsLanguages();
    }
}
