package se.platskompassen.questionnaire;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A questionnaire revision whose wording comes from the language packs. Its file in
 * {@code questionnaire/} holds only the structure (version, revision, scale, themes and pictures)
 * and {@code "texts": "language-packs"}; the revision's data file is that structure with every
 * pack's wording filled in, in the same form as a revision written by hand, and its hash is the
 * SHA-256 of those bytes. The same packs always give the same bytes, so a changed translation
 * gives a different hash: it needs a new revision (decision 0028).
 */
final class PackedRevision {

    static final String FROM_PACKS = "language-packs";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PackedRevision() {
    }

    static boolean isPacked(JsonNode root) {
        JsonNode texts = root.get("texts");
        return texts != null && texts.isString() && FROM_PACKS.equals(texts.asString());
    }

    /** The structure of a revision (version, scale, themes and pictures) read from its data file. */
    static JsonNode structure(byte[] dataFile) {
        return JSON.readTree(dataFile);
    }

    /** The data file of the revision {@code structure} with the wording of {@code packs}. */
    static byte[] compose(JsonNode structure, String revision, Map<Language, LanguagePack> packs) {
        String version = structure.get("version").asString();
        String prefix = LanguagePack.QUESTIONNAIRE + version + ".";
        LanguagePack swedish = packs.get(Language.SV);
        ObjectNode root = JSON.createObjectNode();
        root.put("version", version);
        root.put("revision", revision);
        root.set("scale", structure.get("scale"));
        ObjectNode texts = root.putObject("texts");
        packs.forEach((language, pack) -> {
            ObjectNode text = texts.putObject(language.code());
            for (String field : new String[] {"title", "intro", "scaleLow", "scaleHigh"}) {
                text.put(field, required(pack, prefix + field));
            }
            ArrayNode steps = text.putArray("steps");
            for (int step = 1; swedish.texts().containsKey(prefix + "step." + step); step++) {
                steps.add(required(pack, prefix + "step." + step));
            }
        });
        ArrayNode themes = root.putArray("themes");
        for (JsonNode themeNode : structure.get("themes")) {
            String code = themeNode.get("code").asString();
            ObjectNode theme = themes.addObject();
            theme.put("code", code);
            theme.set("picture", themeNode.get("picture"));
            String themePrefix = prefix + code + ".";
            packs.forEach((language, pack) -> {
                ObjectNode text = theme.putObject(language.code());
                text.put("name", required(pack, themePrefix + "name"));
                text.put("question", required(pack, themePrefix + "question"));
                ArrayNode prompts = text.putArray("prompts");
                for (int n = 1; swedish.texts().containsKey(themePrefix + "prompt." + n); n++) {
                    prompts.add(required(pack, themePrefix + "prompt." + n));
                }
            });
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeValue(out, root);
        out.write('\n');
        return out.toByteArray();
    }

    private static String required(LanguagePack pack, String key) {
        return pack.text(key).orElseThrow(() -> new IllegalArgumentException(
                "the " + pack.language().code() + " pack has no " + key));
    }
}
