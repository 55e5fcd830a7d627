package se.platskompassen.load;

import java.util.concurrent.ThreadLocalRandom;

/**
 * One virtual resident's answers, drawn when they open the page: a score for each of the
 * fourteen themes and, on about one theme in five, a comment on what works well. What the server
 * confirmed is added to {@link LoadCounts} step by step.
 */
final class Resident {

    final Version version;
    final VaadinUi ui = new VaadinUi();
    private final int[] scores = new int[Version.THEMES];
    private final String[] comments = new String[Version.THEMES];
    /** The node last tapped, to check what the server did with it. */
    int tapped;
    /** The theme on the screen (1 to 14) while answering the themes. */
    int theme = 1;

    Resident(Version version, long user) {
        this.version = version;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < Version.THEMES; i++) {
            scores[i] = 1 + random.nextInt(version.maxScore);
            comments[i] = random.nextInt(5) == 0 ? "Lasttest " + user + ": belysningen vid skolan, tema " + (i + 1) : null;
        }
    }

    /** The score for theme 1 to 14. */
    int score(int theme) {
        return scores[theme - 1];
    }

    /** The comment for theme 1 to 14, or null. */
    String comment(int theme) {
        return comments[theme - 1];
    }

    /** The server saved the answer to this theme (it showed the next screen). */
    void saved(int theme) {
        LoadCounts.answers.incrementAndGet();
        LoadCounts.scoreSum.addAndGet(score(theme));
        if (comment(theme) != null) {
            LoadCounts.comments.incrementAndGet();
        }
    }
}
