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
    /** The screen the resident is on. */
    Stage stage = Stage.START;
    /** How often the resident opened the page again after losing their server. */
    int reopened;
    private boolean finished;

    /** The screens of a flow, in order. */
    enum Stage { START, BACKGROUND, THEMES, SUMMARY }

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

    /** Still on the way: not submitted, and not given up after losing the server again and again. */
    boolean answering() {
        return !finished && reopened <= 3;
    }

    /** The server took the submit (it showed the thanks, or, after a lost server, no longer offers the response). */
    void completed() {
        finished = true;
        LoadCounts.completed.incrementAndGet();
        LoadCounts.completions.add(System.currentTimeMillis());
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
