package se.platskompassen.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One revision of the Climate Lens for one questionnaire version, exactly as loaded from its data
 * file: per theme one optional question, with prompts, on how the place copes with and contributes
 * to a changing climate, and for children the small pictures of the climate topics each theme
 * touches. Like a questionnaire revision, it never changes once it exists: answers record its
 * {@link #id()} and {@link #hash()} (decision 0038).
 */
public record ClimateModule(
        Version version,
        String revision,
        String hash,
        Map<Language, Texts> texts,
        List<Topic> topics,
        List<ThemePart> themes) {

    public ClimateModule {
        texts = Map.copyOf(texts);
        topics = List.copyOf(topics);
        themes = List.copyOf(themes);
    }

    /** The module's name (e.g. the compass series' label) and its one-line introduction. */
    public record Texts(String name, String intro) {
    }

    /** A climate topic with its picture (child version) and the words that describe the picture. */
    public record Topic(String code, String picture, Map<Language, String> words) {

        public Topic {
            words = Map.copyOf(words);
        }

        /** The picture's text alternative in {@code language}; in Swedish where not worded in it. */
        public String words(Language language) {
            return words.getOrDefault(language, words.get(Language.SV));
        }
    }

    /** A theme's climate question and prompts per language, and the codes of the topics it touches. */
    public record ThemePart(Theme theme, List<String> topicCodes, Map<Language, ThemeText> texts) {

        public ThemePart {
            topicCodes = List.copyOf(topicCodes);
            texts = Map.copyOf(texts);
        }
    }

    /** E.g. {@code climate/vuxen/2026.1}. */
    public String id() {
        return "climate/" + version.id() + "/" + revision;
    }

    public Scale scale() {
        return version.scale();
    }

    public Set<Language> languages() {
        return texts.keySet();
    }

    /** The module's name and intro in {@code language}; in Swedish where not worded in it. */
    public Texts texts(Language language) {
        return texts.getOrDefault(language, texts.get(Language.SV));
    }

    /**
     * A theme's climate question as a theme text: the module's name, the question and its prompts,
     * in {@code language} (in Swedish where not worded in it).
     */
    public ThemeText text(Theme theme, Language language) {
        Map<Language, ThemeText> worded = themes.get(theme.ordinal()).texts();
        return worded.getOrDefault(language, worded.get(Language.SV));
    }

    /** The pictures of the climate topics a theme touches (none outside the child version). */
    public List<Topic> topics(Theme theme) {
        List<String> codes = themes.get(theme.ordinal()).topicCodes();
        return topics.stream().filter(topic -> codes.contains(topic.code())).toList();
    }
}
