package se.platskompassen.questionnaire;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks one questionnaire data file; its hash is the SHA-256 of the file's bytes. */
final class QuestionnaireReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QuestionnaireReader() {
    }

    static Questionnaire read(byte[] bytes, @Nullable String source) {
        try {
            JsonNode root = JSON.readTree(bytes);
            Version version = Version.fromId(text(root, "version"))
                    .orElseThrow(() -> new IllegalArgumentException("unknown version " + root.get("version")));
            JsonNode scale = required(root, "scale");
            if (scale.get("min").asInt() != version.scale().min() || scale.get("max").asInt() != version.scale().max()) {
                throw new IllegalArgumentException("the scale does not match version " + version.id());
            }
            Map<Language, QuestionnaireTexts> texts = new EnumMap<>(Language.class);
            List<Language> languages = languages(required(root, "texts"));
            for (Language language : languages) {
                JsonNode node = required(required(root, "texts"), language.code());
                List<String> steps = strings(node.get("steps"));
                if (!steps.isEmpty() && steps.size() != version.scale().steps()) {
                    throw new IllegalArgumentException("steps must name every step of the scale");
                }
                texts.put(language, new QuestionnaireTexts(text(node, "title"), text(node, "intro"),
                        text(node, "scaleLow"), text(node, "scaleHigh"), steps));
            }
            List<ThemeContent> themes = new ArrayList<>();
            JsonNode themeNodes = required(root, "themes");
            if (themeNodes.size() != Theme.COUNT) {
                throw new IllegalArgumentException("expected " + Theme.COUNT + " themes, found " + themeNodes.size());
            }
            for (int i = 0; i < Theme.COUNT; i++) {
                themes.add(theme(themeNodes.get(i), Theme.values()[i], languages));
            }
            return new Questionnaire(version, text(root, "revision"), sha256(bytes), texts, themes);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Questionnaire data " + source + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The languages a revision is worded in: Swedish always, then any others. */
    private static List<Language> languages(JsonNode texts) {
        List<Language> languages = new ArrayList<>();
        for (String code : texts.propertyNames()) {
            languages.add(Language.fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown language " + code)));
        }
        if (!languages.contains(Language.SV)) {
            throw new IllegalArgumentException("missing the Swedish texts");
        }
        return languages;
    }

    private static ThemeContent theme(JsonNode node, Theme expected, List<Language> languages) {
        if (!expected.code().equals(text(node, "code"))) {
            throw new IllegalArgumentException("expected theme " + expected.code() + " at position " + expected.number());
        }
        Map<Language, ThemeText> texts = new EnumMap<>(Language.class);
        for (Language language : languages) {
            JsonNode text = required(node, language.code());
            texts.put(language, new ThemeText(text(text, "name"), text(text, "question"), strings(text.get("prompts"))));
        }
        JsonNode picture = node.get("picture");
        return new ThemeContent(expected, picture == null || picture.isNull() ? null : picture.asString(), texts);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return child;
    }

    private static String text(JsonNode node, String field) {
        String value = required(node, field).asString().strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty " + field);
        }
        return value;
    }

    private static List<String> strings(@Nullable JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> values.add(item.asString().strip()));
        }
        return values;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
