package se.platskompassen.population;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The header row of a population file: which columns hold the age, the sex and the count. A
 * column named by a year ({@code 2024}, or {@code Folkmängd 2024}) is the count and gives the
 * figures' year; so is one named {@code antal}, {@code count} or {@code folkmängd}.
 */
record Header(int age, int sex, int count, @Nullable Integer year) {

    static @Nullable Header read(List<String> names, List<CsvProblem> problems) {
        int age = -1;
        int sex = -1;
        int count = -1;
        Integer year = null;
        int counts = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.equals("ålder") || name.equals("alder") || name.equals("age")) {
                age = i;
            } else if (name.equals("kön") || name.equals("kon") || name.equals("sex") || name.equals("gender")) {
                sex = i;
            } else {
                Integer named = yearIn(name);
                if (named != null || name.equals("antal") || name.equals("count") || name.startsWith("folkmängd")) {
                    count = i;
                    year = named;
                    counts++;
                }
            }
        }
        int before = problems.size();
        if (age < 0) {
            problems.add(CsvProblem.of(1, "noAgeColumn"));
        }
        if (sex < 0) {
            problems.add(CsvProblem.of(1, "noSexColumn"));
        }
        if (counts == 0) {
            problems.add(CsvProblem.of(1, "noCountColumn"));
        } else if (counts > 1) {
            problems.add(CsvProblem.of(1, "severalCountColumns"));
        }
        return problems.size() == before ? new Header(age, sex, count, year) : null;
    }

    /** A four-digit year at the end of a column name, as in {@code 2024} or {@code folkmängd 2024}. */
    private static @Nullable Integer yearIn(String name) {
        if (name.length() < 4) {
            return null;
        }
        String tail = name.substring(name.length() - 4);
        boolean apart = name.length() == 4 || !Character.isDigit(name.charAt(name.length() - 5));
        if (apart && tail.chars().allMatch(Character::isDigit)) {
            int year = Integer.parseInt(tail);
            return year >= 1900 && year <= 2200 ? year : null;
        }
        return null;
    }
}
