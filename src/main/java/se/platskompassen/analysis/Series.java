package se.platskompassen.analysis;

import java.util.Optional;
import se.platskompassen.questionnaire.Version;

/**
 * One shape to compare: everyone, a place, a dialogue, a year, a background group or a version,
 * always within the analysis' {@link Filter}. Ids are looked up in the signed-in member's own
 * organisation; another organisation's id is not found, as one that does not exist.
 */
public sealed interface Series {

    /** Everyone within the filter. */
    record Everyone() implements Series {
    }

    /** All dialogues at one of the organisation's places. */
    record AtPlace(long placeId) implements Series {
    }

    /** One dialogue, in its own version and whatever its date (mode and completion filters still apply). */
    record OfDialogue(long dialogueId) implements Series {
    }

    /** The dialogues that started in one calendar year. */
    record InYear(int year) implements Series {
    }

    /** Respondents of one background group. */
    record OfGroup(BackgroundGroup group) implements Series {
    }

    /** One questionnaire version, whatever versions the filter names. */
    record InVersion(Version version) implements Series {
    }

    /**
     * The Climate Lens' scores of another series' respondents (decision 0038): the climate answers
     * instead of the themes' answers, under the same filter and small-group rule.
     */
    record ClimateOf(Series of) implements Series {

        public ClimateOf {
            if (of instanceof ClimateOf) {
                throw new IllegalArgumentException("The Climate Lens of a climate series");
            }
        }
    }

    /** A short text for addresses: {@code place:12}, {@code year:2025}, {@code group:GENDER:WOMAN}. */
    static String token(Series series) {
        return switch (series) {
            case Everyone ignored -> "all";
            case AtPlace place -> "place:" + place.placeId();
            case OfDialogue dialogue -> "dialogue:" + dialogue.dialogueId();
            case InYear year -> "year:" + year.year();
            case OfGroup group -> "group:" + group.group();
            case InVersion version -> "version:" + version.version().id();
            case ClimateOf climate -> "climate:" + token(climate.of());
        };
    }

    /** Reads what {@link #token} wrote; empty for anything else. */
    static Optional<Series> parse(String token) {
        int colon = token.indexOf(':');
        String kind = colon < 0 ? token : token.substring(0, colon);
        String value = colon < 0 ? "" : token.substring(colon + 1);
        try {
            return switch (kind) {
                case "all" -> Optional.of(new Everyone());
                case "place" -> Optional.of(new AtPlace(Long.parseLong(value)));
                case "dialogue" -> Optional.of(new OfDialogue(Long.parseLong(value)));
                case "year" -> Optional.of(new InYear(Integer.parseInt(value)));
                case "group" -> BackgroundGroup.parse(value).map(OfGroup::new);
                case "version" -> Version.fromId(value).map(InVersion::new);
                case "climate" -> parse(value).filter(inner -> !(inner instanceof ClimateOf)).map(ClimateOf::new);
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
