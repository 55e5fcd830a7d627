package se.platskompassen.questionnaire;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Climate Lens' data files. The file shipped in {@code questionnaire/climate/} holds only the
 * structure (version, revision, themes, the child version's topics and pictures); its data file is
 * that structure with the wording of every pack that has the module (keys
 * {@code questionnaire.<version>.climate.*} and {@code questionnaire.<version>.<THEME>.climate.*}),
 * in one fixed form, and its hash is the SHA-256 of those bytes: a changed wording is a new revision,
 * as for the questionnaire itself ({@link PackedRevision}, decision 0038). The module's keys are
 * apart from the questionnaire's, so composing a questionnaire revision never picks them up.
 */
final class ClimateModuleFile {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ClimateModuleFile() {
    }

    /** The data file of the module whose structure is {@code structureFile}, worded by {@code packs}. */
    static byte[] compose(byte[] structureFile, Map<Language, LanguagePack> packs) {
        JsonNode structure = JSON.readTree(structureFile);
        String version = structure.get("version").asString();
        String prefix = LanguagePack.QUESTIONNAIRE + version + ".";
        LanguagePack swedish = packs.get(Language.SV);
        List<LanguagePack> wording = packs.values().stream()
                .filter(pack -> hasModule(pack, swedish, prefix)).toList();
        ObjectNode root = JSON.createObjectNode();
        root.put("module", "climate");
        root.put("version", version);
        root.put("revision", structure.get("revision").asString());
        ObjectNode texts = root.putObject("texts");
        for (LanguagePack pack : wording) {
            ObjectNode text = texts.putObject(pack.language().code());
            text.put("name", required(pack, prefix + "climate.name"));
            text.put("intro", required(pack, prefix + "climate.intro"));
        }
        ArrayNode topics = root.putArray("topics");
        for (JsonNode topicNode : structure.path("topics")) {
            String code = topicNode.get("code").asString();
            ObjectNode topic = topics.addObject();
            topic.put("code", code);
            topic.put("picture", topicNode.get("picture").asString());
            for (LanguagePack pack : wording) {
                topic.put(pack.language().code(), required(pack, prefix + "climate.picture." + code));
            }
        }
        ArrayNode themes = root.putArray("themes");
        for (JsonNode themeNode : structure.get("themes")) {
            String code = themeNode.get("code").asString();
            ObjectNode theme = themes.addObject();
            theme.put("code", code);
            theme.set("topics", themeNode.has("topics") ? themeNode.get("topics") : JSON.createArrayNode());
            String themePrefix = prefix + code + ".climate.";
            for (LanguagePack pack : wording) {
                ObjectNode text = theme.putObject(pack.language().code());
                text.put("question", required(pack, themePrefix + "question"));
                ArrayNode prompts = text.putArray("prompts");
                for (int n = 1; swedish.texts().containsKey(themePrefix + "prompt." + n); n++) {
                    prompts.add(required(pack, themePrefix + "prompt." + n));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeValue(out, root);
        out.write('\n');
        return out.toByteArray();
    }

    /** Whether a pack words every one of the module's keys that Swedish has (a pack still in translation does not). */
    private static boolean hasModule(LanguagePack pack, LanguagePack swedish, String prefix) {
        return swedish.texts().keySet().stream()
                .filter(key -> key.startsWith(prefix) && key.contains("climate."))
                .allMatch(key -> pack.text(key).filter(text -> !text.isBlank()).isPresent());
    }

    /** Reads and checks a composed data file; its hash is the SHA-256 of its bytes. */
    static ClimateModule read(byte[] bytes, String source) {
        try {
            JsonNode root = JSON.readTree(bytes);
            Version version = Version.fromId(root.get("version").asString())
                    .orElseThrow(() -> new IllegalArgumentException("unknown version " + root.get("version")));
            Map<Language, ClimateModule.Texts> texts = new EnumMap<>(Language.class);
            List<Language> languages = new ArrayList<>();
            for (String code : root.get("texts").propertyNames()) {
                Language language = Language.fromCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("unknown language " + code));
                languages.add(language);
                JsonNode text = root.get("texts").get(code);
                texts.put(language, new ClimateModule.Texts(text.get("name").asString(), text.get("intro").asString()));
            }
            if (!languages.contains(Language.SV)) {
                throw new IllegalArgumentException("missing the Swedish texts");
            }
            List<ClimateModule.Topic> topics = new ArrayList<>();
            for (JsonNode topic : root.get("topics")) {
                Map<Language, String> words = new EnumMap<>(Language.class);
                languages.forEach(language -> words.put(language, topic.get(language.code()).asString()));
                topics.add(new ClimateModule.Topic(topic.get("code").asString(), topic.get("picture").asString(), words));
            }
            JsonNode themeNodes = root.get("themes");
            if (themeNodes.size() != Theme.COUNT) {
                throw new IllegalArgumentException("expected " + Theme.COUNT + " themes, found " + themeNodes.size());
            }
            List<ClimateModule.ThemePart> themes = new ArrayList<>();
            for (Theme theme : Theme.values()) {
                themes.add(themePart(themeNodes.get(theme.ordinal()), theme, languages, texts));
            }
            return new ClimateModule(version, root.get("revision").asString(), sha256(bytes), texts, topics, themes);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Climate Lens data " + source + " is not valid: " + e.getMessage(), e);
        }
    }

    private static ClimateModule.ThemePart themePart(JsonNode node, Theme expected, List<Language> languages,
            Map<Language, ClimateModule.Texts> texts) {
        if (!expected.code().equals(node.get("code").asString())) {
            throw new IllegalArgumentException("expected theme " + expected.code() + " at position " + expected.number());
        }
        List<String> topicCodes = new ArrayList<>();
        node.get("topics").forEach(code -> topicCodes.add(code.asString()));
        Map<Language, ThemeText> worded = new EnumMap<>(Language.class);
        for (Language language : languages) {
            JsonNode text = node.get(language.code());
            List<String> prompts = new ArrayList<>();
            text.get("prompts").forEach(prompt -> prompts.add(prompt.asString()));
            String question = text.get("question").asString();
            if (question.isBlank() || prompts.isEmpty()) {
                throw new IllegalArgumentException(expected.code() + " needs a question and prompts in " + language.code());
            }
            worded.put(language, new ThemeText(texts.get(language).name(), question, prompts));
        }
        return new ClimateModule.ThemePart(expected, topicCodes, worded);
    }

    private static String required(LanguagePack pack, String key) {
        return pack.text(key).orElseThrow(() -> new IllegalArgumentException(
                "the " + pack.language().code() + " pack has no " + key));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
