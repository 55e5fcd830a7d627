package se.platskompassen.questionnaire;

/**
 * The Swedish readability index LIX: words per sentence plus the percentage of long words
 * (more than six letters). Below 30 is very easy to read, 30–40 easy, 40–50 average.
 */
public final class Lix {

    private Lix() {
    }

    public static double of(String text) {
        int words = 0;
        int longWords = 0;
        int sentences = 0;
        int letters = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                letters++;
                continue;
            }
            if (letters > 0) {
                words++;
                if (letters > 6) {
                    longWords++;
                }
                letters = 0;
            }
            if (c == '.' || c == '!' || c == '?' || c == ':') {
                sentences++;
            }
        }
        if (words == 0) {
            return 0;
        }
        return (double) words / Math.max(1, sentences) + 100.0 * longWords / words;
    }
}
