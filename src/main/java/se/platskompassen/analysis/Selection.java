package se.platskompassen.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Scale;

/**
 * What a series resolves to: a set of dialogues, and perhaps one background group of their
 * respondents (the filter's other response criteria are the same for every series); {@code climate}
 * when it counts the Climate Lens' answers instead of the themes' (decision 0038): one is never
 * inside the other, as they count different answers.
 */
record Selection(Set<Long> dialogues, @Nullable BackgroundGroup group, Scale scale, boolean climate) {

    Selection {
        dialogues = Set.copyOf(dialogues);
    }

    Selection(Set<Long> dialogues, @Nullable BackgroundGroup group, Scale scale) {
        this(dialogues, group, scale, false);
    }

    /** The same respondents' climate answers. */
    Selection withClimate() {
        return new Selection(dialogues, group, scale, true);
    }

    /** Whether every respondent of this selection is also one of {@code other}'s. */
    boolean within(Selection other) {
        return climate == other.climate && other.dialogues.containsAll(dialogues)
                && (other.group == null || other.group.equals(group));
    }

    boolean sameAs(Selection other) {
        return dialogues.equals(other.dialogues) && Objects.equals(group, other.group) && climate == other.climate;
    }

    /** Whether no respondent can be in both. */
    boolean disjointFrom(Selection other) {
        boolean sharedDialogue = dialogues.stream().anyMatch(other.dialogues::contains);
        boolean differentGroups = group != null && other.group != null
                && group.dimension() == other.group.dimension() && !group.value().equals(other.group.value());
        return !sharedDialogue || differentGroups;
    }

    /**
     * Which selections lie inside which, for the small-group rule's difference step: for every
     * selection, each other one inside it on its own, and the largest families of disjoint ones
     * inside it together (women and men inside everyone; two dialogues inside their place). A
     * selection that repeats an earlier one is left out of the nestings: it shows the same figures.
     */
    static List<Nesting> nestings(List<Selection> selections) {
        List<Nesting> nestings = new ArrayList<>();
        for (int parent = 0; parent < selections.size(); parent++) {
            if (repeatsEarlier(selections, parent)) {
                continue;
            }
            List<Integer> inside = new ArrayList<>();
            for (int child = 0; child < selections.size(); child++) {
                Selection candidate = selections.get(child);
                if (child != parent && !repeatsEarlier(selections, child) && !candidate.dialogues.isEmpty()
                        && candidate.within(selections.get(parent)) && !candidate.sameAs(selections.get(parent))) {
                    inside.add(child);
                    nestings.add(Nesting.of(parent, child));
                }
            }
            List<Integer> left = new ArrayList<>(inside);
            while (left.size() > 1) {
                List<Integer> family = new ArrayList<>();
                for (int child : List.copyOf(left)) {
                    if (family.stream().allMatch(member -> selections.get(member).disjointFrom(selections.get(child)))) {
                        family.add(child);
                        left.remove(Integer.valueOf(child));
                    }
                }
                if (family.size() > 1) {
                    nestings.add(new Nesting(parent, family));
                }
            }
        }
        return nestings;
    }

    private static boolean repeatsEarlier(List<Selection> selections, int index) {
        for (int earlier = 0; earlier < index; earlier++) {
            if (selections.get(earlier).sameAs(selections.get(index))) {
                return true;
            }
        }
        return false;
    }
}
