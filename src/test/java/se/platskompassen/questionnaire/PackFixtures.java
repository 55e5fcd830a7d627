package se.platskompassen.questionnaire;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Language packs for tests: the shipped ones, and copies of them with a few texts changed. */
final class PackFixtures {

    private PackFixtures() {
    }

    static LanguagePack swedish() {
        return LanguagePacks.shipped().get(Language.SV);
    }

    static LanguagePack arabic() {
        return LanguagePacks.shipped().get(Language.AR);
    }

    /** A copy of {@code pack} whose texts {@code change} has edited (put, remove …). */
    static LanguagePack edited(LanguagePack pack, Consumer<Map<String, String>> change) {
        Map<String, String> texts = new LinkedHashMap<>(pack.texts());
        change.accept(texts);
        return new LanguagePack(pack.language(), pack.name(), pack.englishName(), pack.review(), texts,
                pack.sourceTexts());
    }

    static LanguagePack reviewed(LanguagePack pack, LanguagePack.Review review) {
        return new LanguagePack(pack.language(), pack.name(), pack.englishName(), review, pack.texts(),
                pack.sourceTexts());
    }

    /** The pack as the file a network admin would download. */
    static byte[] file(LanguagePack pack) {
        return PackFormat.write(pack, swedish());
    }

    /** The pack's file with {@code from} replaced by {@code to} (the first time it occurs). */
    static byte[] fileWith(LanguagePack pack, String from, String to) {
        return replaced(file(pack), from, to);
    }

    /** The file with {@code from} replaced by {@code to} (the first time it occurs). */
    static byte[] replaced(byte[] file, String from, String to) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("the file has no " + from);
        }
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }
}
