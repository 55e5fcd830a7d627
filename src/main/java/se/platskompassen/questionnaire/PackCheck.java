package se.platskompassen.questionnaire;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a pack's entries against the Swedish pack, the source every translation follows: every
 * key present and no other, no empty text, the same placeholders (and a flow message that message
 * formatting can read), no plain apostrophe in the flow's messages (message formatting would
 * swallow it) and a length the screens can hold. Reports every problem, not just the first.
 */
public final class PackCheck {

    /** Twice the Swedish text, but never less than this many characters. */
    static final int MIN_LIMIT = 20;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private PackCheck() {
    }

    public static List<PackProblem> check(LanguagePack pack, LanguagePack swedish) {
        List<PackProblem> problems = new ArrayList<>();
        swedish.texts().forEach((key, source) -> {
            String text = pack.texts().get(key);
            if (text == null) {
                problems.add(new PackProblem(PackProblem.Kind.MISSING, key, source));
            } else if (text.isBlank()) {
                problems.add(new PackProblem(PackProblem.Kind.EMPTY, key, source));
            } else {
                checkText(key, text, source, problems);
            }
        });
        pack.texts().keySet().stream().filter(key -> !swedish.texts().containsKey(key))
                .forEach(key -> problems.add(new PackProblem(PackProblem.Kind.UNKNOWN, key, "")));
        return problems;
    }

    /** The most characters a translation of this Swedish text may have. */
    public static int limit(String swedish) {
        return Math.max(MIN_LIMIT, 2 * swedish.codePointCount(0, swedish.length()));
    }

    private static void checkText(String key, String text, String source, List<PackProblem> problems) {
        if (!placeholders(text).equals(placeholders(source)) || !formattable(key, text)) {
            problems.add(new PackProblem(PackProblem.Kind.PLACEHOLDERS, key, String.join(" ", placeholders(source))));
        }
        if (text.indexOf('\'') >= 0 && !key.startsWith(LanguagePack.QUESTIONNAIRE)) {
            problems.add(new PackProblem(PackProblem.Kind.APOSTROPHE, key, text));
        }
        if (text.codePointCount(0, text.length()) > limit(source)) {
            problems.add(new PackProblem(PackProblem.Kind.TOO_LONG, key, Integer.toString(limit(source))));
        }
    }

    /** Flow messages go through message formatting, which fails on a brace that is no placeholder. */
    private static boolean formattable(String key, String text) {
        if (key.startsWith(LanguagePack.QUESTIONNAIRE)) {
            return true;
        }
        try {
            new MessageFormat(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
