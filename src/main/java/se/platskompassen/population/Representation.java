package se.platskompassen.population;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import se.platskompassen.analysis.Hidden;
import se.platskompassen.analysis.Nesting;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.analysis.SmallGroups;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/**
 * Respondents beside the population, per age band, gender and age band × gender (decision 0037).
 * A group is <b>under-represented</b> when it is at least {@value #MIN_POPULATION_PERCENT} % of
 * the population and its share of the respondents is below half its share of the population.
 * Shares are taken within each kind of group: of the respondents who gave an age band the
 * questionnaire asks (or a gender population statistics count), and of the residents in those
 * bands. The small-group rule hides a respondent count of 1 to minimum − 1, and any count that
 * shown counts would give away by subtraction; a hidden group is flagged only when even the
 * largest count it could hide would be under-represented, so the flag tells nothing more.
 */
public record Representation(List<Row> rows, int minimum) {

    public static final int MIN_POPULATION_PERCENT = 5;

    public Representation {
        rows = List.copyOf(rows);
    }

    /** What a row is about: an age band, a gender, or both (a cell). */
    public record Group(@Nullable AgeBand ageBand, @Nullable Gender gender) {
    }

    /**
     * @param respondents the count, unless the small-group rule hides it
     * @param respondentShare the share of respondents (0–1), null when the count is hidden or nobody answered
     */
    public record Row(Group group, OptionalLong respondents, @Nullable Hidden hidden, @Nullable Double respondentShare,
            long population, double populationShare, boolean underRepresented) {
    }

    public List<Row> byAge() {
        return rows.stream().filter(row -> row.group().gender() == null).toList();
    }

    public List<Row> byGender() {
        return rows.stream().filter(row -> row.group().ageBand() == null).toList();
    }

    public List<Row> byCell() {
        return rows.stream().filter(row -> row.group().ageBand() != null && row.group().gender() != null).toList();
    }

    public boolean anyUnderRepresented() {
        return rows.stream().anyMatch(Row::underRepresented);
    }

    /**
     * @param bands the age bands the dialogues' questionnaires ask about (none for the children's version)
     */
    public static Representation of(PlacePopulation population, Respondents respondents, List<AgeBand> bands,
            SmallGroups rule) {
        List<Group> groups = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<Integer> totalOf = new ArrayList<>();
        int bandTotal = add(groups, counts, totalOf, new Group(null, null), 0, -1);
        bands.forEach(band -> add(groups, counts, totalOf, new Group(band, null), respondents.withBand(band), bandTotal));
        int genderTotal = add(groups, counts, totalOf, new Group(null, null), 0, -1);
        PopulationCell.GENDERS.forEach(gender -> add(groups, counts, totalOf, new Group(null, gender),
                respondents.withGender(gender), genderTotal));
        int cellTotal = add(groups, counts, totalOf, new Group(null, null), 0, -1);
        for (AgeBand band : bands) {
            for (Gender gender : PopulationCell.GENDERS) {
                add(groups, counts, totalOf, new Group(band, gender), respondents.in(new PopulationCell(band, gender)),
                        cellTotal);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            if (totalOf.get(i) >= 0) {
                counts.set(totalOf.get(i), counts.get(totalOf.get(i)) + counts.get(i));
            }
        }
        List<ProtectedFigures> shown = rule.protect(counts.stream().map(Representation::onlyRespondents).toList(),
                nestings(groups, totalOf, bands));
        long bandResidents = bands.stream().mapToLong(population::people).sum();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            int total = totalOf.get(i);
            if (total < 0) {
                continue;
            }
            long residents = residents(population, group, bands);
            long allResidents = group.ageBand() != null || !bands.isEmpty() ? bandResidents : population.total();
            @Nullable Hidden hidden = shown.get(i).respondentsHidden();
            rows.add(row(group, counts.get(i), hidden, shown.get(total).respondentsHidden() != null,
                    counts.get(total), residents, allResidents, rule.minimum()));
        }
        return new Representation(rows, rule.minimum());
    }

    private static int add(List<Group> groups, List<Long> counts, List<Integer> totalOf, Group group, long count,
            int total) {
        groups.add(group);
        counts.add(count);
        totalOf.add(total);
        return groups.size() - 1;
    }

    private static long residents(PlacePopulation population, Group group, List<AgeBand> bands) {
        if (group.gender() == null) {
            return population.people(group.ageBand());
        }
        if (group.ageBand() != null) {
            return population.people(new PopulationCell(group.ageBand(), group.gender()));
        }
        return bands.isEmpty() ? population.people(group.gender())
                : bands.stream().mapToLong(band -> population.people(new PopulationCell(band, group.gender()))).sum();
    }

    private static Row row(Group group, long count, @Nullable Hidden hidden, boolean totalHidden, long total,
            long residents, long allResidents, int minimum) {
        double populationShare = allResidents == 0 ? 0 : (double) residents / allResidents;
        boolean matters = populationShare * 100 >= MIN_POPULATION_PERCENT && total > 0 && !totalHidden;
        double threshold = populationShare / 2 * total;
        boolean under = hidden == null ? matters && count < threshold
                : matters && hidden == Hidden.TOO_FEW && minimum - 1 < threshold;
        return new Row(group, hidden == null ? OptionalLong.of(count) : OptionalLong.empty(), hidden,
                hidden == null && !totalHidden && total > 0 ? (double) count / total : null, residents, populationShare,
                under);
    }

    /**
     * Each kind's total holds its groups; each age band splits into its cells (what is left is the
     * band's non-binary or silent on gender), and each gender into its cells.
     */
    private static List<Nesting> nestings(List<Group> groups, List<Integer> totalOf, List<AgeBand> bands) {
        List<Nesting> nestings = new ArrayList<>();
        for (int total = 0; total < groups.size(); total++) {
            int parent = total;
            List<Integer> children = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (totalOf.get(i) == parent) {
                    children.add(i);
                }
            }
            if (!children.isEmpty()) {
                nestings.add(new Nesting(parent, children));
            }
        }
        for (int parent = 0; parent < groups.size(); parent++) {
            Group outer = groups.get(parent);
            if (totalOf.get(parent) < 0 || (outer.ageBand() != null && outer.gender() != null)) {
                continue;
            }
            List<Integer> cells = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                Group inner = groups.get(i);
                if (inner.ageBand() != null && inner.gender() != null
                        && (inner.ageBand() == outer.ageBand() || inner.gender() == outer.gender())) {
                    cells.add(i);
                }
            }
            if (!cells.isEmpty() && !bands.isEmpty()) {
                nestings.add(new Nesting(parent, cells));
            }
        }
        return nestings;
    }

    /** A group known only by its number of respondents: the small-group rule needs nothing more. */
    private static ScoreCounts onlyRespondents(long respondents) {
        return ScoreCounts.on(Scale.values()[0]).respondents(respondents).build();
    }
}
