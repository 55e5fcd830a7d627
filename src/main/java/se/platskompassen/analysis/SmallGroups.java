package se.platskompassen.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Theme;

/**
 * The small-group rule, in one place (docs/decisions/0013-small-groups.md). With the organisation's
 * minimum {@code m} (default 5):
 * <ol>
 *   <li><b>Too few.</b> A figure that rests on 1 to m−1 people is hidden: a group's number of
 *   respondents, and each theme's figures (median, quartiles, n), which rest on those who scored
 *   the theme. A group whose respondents are hidden has every theme hidden. Zero is shown: there
 *   is nobody to protect.</li>
 *   <li><b>Differences.</b> When a group is shown together with groups inside it (a
 *   {@link Nesting}), what the parent has beyond its shown children can be worked out by
 *   subtraction. If that remainder holds 1 to m−1 people, the smallest shown child is hidden too
 *   (marked {@link Hidden#WOULD_REVEAL}), and so on until no remainder is too small. "All" shown
 *   with "all but women", where the women are fewer than m, thus hides "all but women".</li>
 *   <li><b>Derived figures.</b> A figure made of two others — a change since last time, a
 *   group against its complement — is hidden whenever either side is ({@link #change}).</li>
 * </ol>
 * Pure Java: it sees counts, never answers, and is the same for every view, chart, export and API.
 */
public final class SmallGroups {

    private final int minimum;

    public SmallGroups(int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("The minimum group size is at least 1");
        }
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    /** Whether a figure resting on this many people must be hidden: 1 to minimum − 1. */
    public boolean tooSmall(long people) {
        return people > 0 && people < minimum;
    }

    /** One group on its own. */
    public ProtectedFigures protect(ScoreCounts counts) {
        return protect(List.of(counts), List.of()).getFirst();
    }

    /** Groups shown side by side with no group inside another (e.g. places, dialogues). */
    public List<ProtectedFigures> protectAll(List<ScoreCounts> groups) {
        return protect(groups, List.of());
    }

    /**
     * Groups shown together, some inside others: the rule's first two steps, applied to the
     * respondents and to every theme until nothing more needs hiding.
     */
    public List<ProtectedFigures> protect(List<ScoreCounts> groups, List<Nesting> nestings) {
        for (Nesting nesting : nestings) {
            if (nesting.parent() >= groups.size() || nesting.children().stream().anyMatch(c -> c >= groups.size())) {
                throw new IllegalArgumentException("A nesting refers to a group that is not there: " + nesting);
            }
        }
        int size = groups.size();
        long[] respondents = new long[size];
        for (int i = 0; i < size; i++) {
            respondents[i] = groups.get(i).respondents();
        }
        @Nullable Hidden[] respondentsHidden = hide(respondents, nestings);
        List<Map<Theme, Hidden>> hidden = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            hidden.add(new EnumMap<>(Theme.class));
        }
        for (Theme theme : Theme.values()) {
            long[] answered = new long[size];
            for (int i = 0; i < size; i++) {
                // A hidden group's themes are hidden with it, and count as hidden for the remainders.
                answered[i] = groups.get(i).answered(theme);
            }
            @Nullable Hidden[] themeHidden = hide(answered, nestings, respondentsHidden);
            for (int i = 0; i < size; i++) {
                if (themeHidden[i] != null) {
                    hidden.get(i).put(theme, themeHidden[i]);
                }
            }
        }
        List<ProtectedFigures> shown = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ScoreCounts kept = without(groups.get(i), hidden.get(i));
            shown.add(new ProtectedFigures(kept, Figures.of(kept), respondents[i], respondentsHidden[i], hidden.get(i)));
        }
        return shown;
    }

    private @Nullable Hidden[] hide(long[] people, List<Nesting> nestings) {
        return hide(people, nestings, new Hidden[people.length]);
    }

    /**
     * Which of these figures (one per group) to hide: too small ones, those of groups hidden
     * already ({@code given}), and then, nesting by nesting, the smallest shown child while the
     * parent's remainder beyond its shown children is too small.
     */
    private @Nullable Hidden[] hide(long[] people, List<Nesting> nestings, @Nullable Hidden[] given) {
        @Nullable Hidden[] hidden = new Hidden[people.length];
        for (int i = 0; i < people.length; i++) {
            hidden[i] = given[i] != null ? given[i] : tooSmall(people[i]) ? Hidden.TOO_FEW : null;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Nesting nesting : nestings) {
                if (hidden[nesting.parent()] != null) {
                    continue;
                }
                long remainder = people[nesting.parent()];
                int smallest = -1;
                for (int child : nesting.children()) {
                    if (hidden[child] == null) {
                        remainder -= people[child];
                        if (people[child] > 0 && (smallest < 0 || people[child] < people[smallest])) {
                            smallest = child;
                        }
                    }
                }
                if (tooSmall(remainder) && smallest >= 0) {
                    hidden[smallest] = Hidden.WOULD_REVEAL;
                    changed = true;
                }
            }
        }
        return hidden;
    }

    private static ScoreCounts without(ScoreCounts counts, Map<Theme, Hidden> hidden) {
        if (hidden.isEmpty()) {
            return counts;
        }
        ScoreCounts.Builder kept = ScoreCounts.on(counts.scale()).respondents(counts.respondents());
        for (Theme theme : Theme.values()) {
            if (hidden.containsKey(theme)) {
                continue;
            }
            for (int score = counts.scale().min(); score <= counts.scale().max(); score++) {
                kept.add(theme, score, counts.count(theme, score));
            }
            kept.add(theme, null, counts.skipped(theme));
        }
        return kept.build();
    }

    /**
     * A theme's change from one group's figures to another's (e.g. the previous dialogue and the
     * latest): hidden when either side is; missing when either has no median; otherwise up, down
     * or the same, on the scale's steps, or on normalised positions when the scales differ.
     */
    public Change change(ProtectedFigures before, ProtectedFigures after, Theme theme) {
        ProtectedThemeFigures from = before.cell(theme);
        ProtectedThemeFigures to = after.cell(theme);
        if (from.isHidden() || to.isHidden()) {
            Hidden why = from.hidden() == Hidden.TOO_FEW || to.hidden() == Hidden.TOO_FEW ? Hidden.TOO_FEW
                    : Hidden.WOULD_REVEAL;
            return new Change(theme, from, to, null, null, why);
        }
        if (!from.hasMedian() || !to.hasMedian()) {
            return new Change(theme, from, to, null, null, null);
        }
        boolean sameScale = before.scale() == after.scale();
        Double a = sameScale ? from.figures().median() : from.figures().normalisedMedian();
        Double b = sameScale ? to.figures().median() : to.figures().normalisedMedian();
        double difference = b - a;
        Change.Direction direction = Math.abs(difference) < 1e-9 ? Change.Direction.SAME
                : difference > 0 ? Change.Direction.UP : Change.Direction.DOWN;
        return new Change(theme, from, to, direction, difference, null);
    }
}
