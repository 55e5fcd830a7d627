package se.platskompassen.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a resident should read in one language, from its shipped language pack, and what tells
 * that a screen shows text of another language instead: a text of the Swedish or English pack
 * or bundle that this language's pack does not have, a message key where a text should be, or
 * (for languages not written in Latin letters) a Latin word the pack never uses.
 */
final class ResidentTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("!?\\{?[a-z][a-zA-Z]*(\\.[a-zA-Z0-9]+)+}?!?");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-zÀ-ÖØ-öø-ÿ]{3,}");
    /** Proper names of the demo content that residents see inside translated sentences. */
    private static final Set<String> PROPER_NAMES = Set.of("Platskompassen", "Demo", "kommun", "Norrbacka");
    private static final List<String> FOREIGN = List.of("sv", "en", "sv-x-easy");

    final String code;
    final String ownName;
    private final Map<String, String> texts;
    private final List<Pattern> own;
    private final List<Pattern> foreign = new ArrayList<>();
    private final Set<String> ownWords;
    private final boolean latinScript;

    ResidentTexts(String code) {
        this.code = code;
        JsonNode pack = pack(code);
        this.ownName = pack.get("name").asString();
        this.texts = entries(pack);
        List<Pattern> ownTexts = new ArrayList<>(List.of(pattern(ownName)));
        texts.values().stream().filter(ResidentTexts::hasWords).forEach(text -> ownTexts.add(pattern(text)));
        this.own = List.copyOf(ownTexts);
        this.ownWords = new HashSet<>(PROPER_NAMES);
        texts.values().forEach(text -> LATIN_WORD.matcher(text).results().forEach(word -> ownWords.add(word.group())));
        this.latinScript = LATIN_WORD.matcher(ownName).find();
        for (String other : FOREIGN) {
            if (!other.equals(code)) {
                entries(pack(other)).values().stream().filter(ResidentTexts::hasWords)
                        .forEach(text -> foreign.add(pattern(text)));
            }
        }
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            bundle(bundle).forEach(text -> foreign.add(pattern(text)));
        }
    }

    /** The pack's text of a key; fails when the pack has none. */
    String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new AssertionError("The " + code + " pack has no " + key);
        }
        return text;
    }

    /** The text of a key with its placeholders filled in. */
    String text(String key, Object... values) {
        String text = text(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /**
     * Why a text a resident sees on a screen in this language does not belong there, or null
     * when it does.
     */
    String problemWith(String shown) {
        if (MESSAGE_KEY.matcher(shown).matches()) {
            return "a message key instead of a text";
        }
        boolean ours = own.stream().anyMatch(text -> text.matcher(shown).matches());
        if (ours) {
            return null;
        }
        if (foreign.stream().anyMatch(text -> text.matcher(shown).matches())) {
            return "a Swedish or English text";
        }
        if (!latinScript) {
            Matcher words = LATIN_WORD.matcher(shown);
            while (words.find()) {
                if (!ownWords.contains(words.group())) {
                    return "the Latin word \"" + words.group() + "\" in a " + code + " screen";
                }
            }
        }
        return null;
    }

    /** A pack's or bundle's text as a pattern that a shown text matches with any placeholder filled in. */
    private static Pattern pattern(String text) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholders = PLACEHOLDER.matcher(text);
        int at = 0;
        while (placeholders.find()) {
            regex.append(Pattern.quote(text.substring(at, placeholders.start()))).append(".+");
            at = placeholders.end();
        }
        regex.append(Pattern.quote(text.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Texts without a word of their own ("{0}", "–", "OK") would match too much. */
    private static boolean hasWords(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("").codePoints().filter(Character::isLetter).count() >= 3;
    }

    private static JsonNode pack(String code) {
        try (InputStream in = resource("languages/" + code + ".json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> entries(JsonNode pack) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (JsonNode entry : pack.get("entries")) {
            entries.put(entry.get("key").asString(), entry.get("text").asString().strip());
        }
        return entries;
    }

    private static List<String> bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = resource(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.values().stream().map(value -> ((String) value).replace("''", "'").strip())
                .filter(ResidentTexts::hasWords).toList();
    }

    private static InputStream resource(String name) {
        InputStream in = ResidentTexts.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("No " + name + " on the class path");
        }
        return in;
    }
}
