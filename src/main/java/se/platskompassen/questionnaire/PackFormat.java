package se.platskompassen.questionnaire;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The file format of a language pack, {@value #FORMAT}: JSON that translators' tools and a text
 * editor can both handle, one entry per text with its key, the Swedish text it was translated
 * from ({@code sv}) and the translation ({@code text}). docs/language-packs.md describes it.
 */
public final class PackFormat {

    public static final String FORMAT = "platskompassen-language-pack/1";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PackFormat() {
    }

    /**
     * What a file holds and what is wrong with it; entries are not yet checked. {@code pack} is
     * there whenever the entries could be read, even with other problems, so that a report can
     * name every problem at once; only a pack without problems may be used ({@link #readPack()}).
     */
    public record Reading(@Nullable LanguagePack pack, List<PackProblem> problems) {

        public Reading {
            problems = List.copyOf(problems);
        }

        /** The pack, when the file has no problem of its own. */
        public Optional<LanguagePack> readPack() {
            return problems.isEmpty() ? Optional.ofNullable(pack) : Optional.empty();
        }
    }

    public static Reading read(byte[] bytes) {
        List<PackProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            return failed(PackProblem.Kind.FORMAT, "", e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(string(root, "format"))) {
            return failed(PackProblem.Kind.FORMAT, "format", FORMAT);
        }
        String code = string(root, "language");
        Optional<Language> language = code == null ? Optional.empty() : Language.fromCode(code);
        if (language.isEmpty()) {
            return failed(PackProblem.Kind.LANGUAGE, "language", String.valueOf(code));
        }
        for (String field : List.of("name", "englishName")) {
            if (isBlank(string(root, field))) {
                problems.add(new PackProblem(PackProblem.Kind.FORMAT, field, ""));
            }
        }
        LanguagePack.Review review = review(root.get("review"), problems);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> source = new LinkedHashMap<>();
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray()) {
            problems.add(new PackProblem(PackProblem.Kind.FORMAT, "entries", ""));
        } else {
            for (JsonNode entry : entries) {
                String key = string(entry, "key");
                if (isBlank(key)) {
                    problems.add(new PackProblem(PackProblem.Kind.FORMAT, "key", entry.toString()));
                } else if (texts.containsKey(key)) {
                    problems.add(new PackProblem(PackProblem.Kind.DUPLICATE, key, ""));
                } else {
                    String text = string(entry, "text");
                    texts.put(key, text == null ? "" : text);
                    String swedish = string(entry, "sv");
                    source.put(key, swedish == null ? "" : swedish);
                }
            }
        }
        if (entries == null || !entries.isArray()) {
            return new Reading(null, problems);
        }
        // Read even with problems of the file's own, so that its entries are checked too (never used then).
        LanguagePack.Review checkedReview = review != null ? review
                : new LanguagePack.Review(LanguagePack.Status.DRAFT, null, null);
        return new Reading(new LanguagePack(language.get(), stripped(string(root, "name")),
                stripped(string(root, "englishName")), checkedReview, texts, source), problems);
    }

    /** The pack as a file, its entries in the Swedish pack's order with the Swedish beside each. */
    public static byte[] write(LanguagePack pack, LanguagePack swedish) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("language", pack.language().code());
        root.put("name", pack.name());
        root.put("englishName", pack.englishName());
        root.put("direction", pack.language().rightToLeft() ? "rtl" : "ltr");
        ObjectNode review = root.putObject("review");
        review.put("status", pack.review().status().name().toLowerCase(Locale.ROOT));
        review.put("reviewedBy", pack.review().reviewedBy());
        review.put("reviewedOn", pack.review().reviewedOn() == null ? null : pack.review().reviewedOn().toString());
        ArrayNode entries = root.putArray("entries");
        swedish.texts().forEach((key, swedishText) -> {
            ObjectNode entry = entries.addObject();
            entry.put("key", key);
            entry.put("sv", swedishText);
            entry.put("text", pack.text(key).orElse(""));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeValue(out, root);
        out.write('\n');
        return out.toByteArray();
    }

    private static LanguagePack.@Nullable Review review(@Nullable JsonNode node, List<PackProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new PackProblem(PackProblem.Kind.FORMAT, "review", ""));
            return null;
        }
        String statusText = string(node, "status");
        LanguagePack.Status status;
        try {
            status = LanguagePack.Status.valueOf(String.valueOf(statusText).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new PackProblem(PackProblem.Kind.REVIEW, "review.status", String.valueOf(statusText)));
            return null;
        }
        String by = string(node, "reviewedBy");
        String on = string(node, "reviewedOn");
        LocalDate date = null;
        if (!isBlank(on)) {
            try {
                date = LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                problems.add(new PackProblem(PackProblem.Kind.REVIEW, "review.reviewedOn", on));
                return null;
            }
        }
        boolean reviewed = status == LanguagePack.Status.REVIEWED;
        if (reviewed != !isBlank(by) || reviewed != (date != null)) {
            problems.add(new PackProblem(PackProblem.Kind.REVIEW, "review", status.name().toLowerCase(Locale.ROOT)));
            return null;
        }
        return new LanguagePack.Review(status, isBlank(by) ? null : by.strip(), date);
    }

    private static Reading failed(PackProblem.Kind kind, String key, String detail) {
        return new Reading(null, List.of(new PackProblem(kind, key, detail)));
    }

    private static @Nullable String string(JsonNode node, String field) {
        JsonNode child = node.get(field);
        return child == null || child.isNull() || !child.isValueNode() ? null : child.asString();
    }

    private static String stripped(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
