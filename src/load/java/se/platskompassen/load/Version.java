package se.platskompassen.load;

import java.util.List;

/**
 * A demo dialogue of one questionnaire version and the Swedish texts a resident sees there
 * (src/main/resources/i18n/messages.properties and the questionnaire files): the load test finds
 * what to tap by these texts.
 */
enum Version {
    VUXEN("DEMO-VUXEN", 7, List.of(), "Vad fungerar bra här i dag? (frivilligt)"),
    UNGDOM("DEMO-UNGDOM", 7, List.of(), "Vad fungerar bra här i dag? (frivilligt)"),
    /** Children answer with three faces, each a button with a caption. */
    BARN("DEMO-BARN", 3, List.of("Inte så bra", "Helt okej", "Jättebra"), "Vad är bra här? (om du vill)");

    static final String START = "Börja";
    static final String BACKGROUND_TITLE = "Lite om dig";
    static final String NEXT = "Nästa";
    static final String SUMMARY_TITLE = "Din kompass";
    static final String SUBMIT = "Skicka in";
    static final String THANKS_TITLE = "Tack för dina svar!";
    static final int THEMES = 14;

    final String joinCode;
    final int maxScore;
    private final List<String> faces;
    final String commentLabel;

    Version(String joinCode, int maxScore, List<String> faces, String commentLabel) {
        this.joinCode = joinCode;
        this.maxScore = maxScore;
        this.faces = faces;
        this.commentLabel = commentLabel;
    }

    /** What the button of a score says: its number, or a face's caption. */
    String scoreText(int score) {
        return faces.isEmpty() ? String.valueOf(score) : faces.get(score - 1);
    }

    /** The progress line of a theme screen, e.g. "3 av 14". */
    static String progress(int theme) {
        return theme + " av " + THEMES;
    }
}
