package se.platskompassen.population;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.platskompassen.response.AgeBand;

/**
 * Ages as statistics offices write them ({@code 25 år}, {@code 25-29 år}, {@code 100+ år},
 * {@code 85+}) mapped onto the questionnaire's age bands. A group fits when all its ages lie in one
 * band; {@code 10-14} or {@code 15-19} straddle two bands and do not fit (docs/population-csv.md).
 */
final class AgeGroups {

    private static final Pattern SINGLE = Pattern.compile("(\\d{1,3})");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*[-–—]\\s*(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\s*\\+|(\\d{1,3})\\s*(?:år)?\\s*(?:och|or|and)\\s*(?:äldre|över|older|more)");

    /** An age or group read: its first and last age (last is null when open-ended, as 85+). */
    record Ages(int from, @Nullable Integer to) {
    }

    private AgeGroups() {
    }

    /** The ages a cell names; null when it is no age at all. */
    static @Nullable Ages read(String text) {
        String age = text.strip().toLowerCase(Locale.ROOT).replace("år", "").replace("years", "")
                .replace("year", "").replace('\u00a0', ' ').strip();
        Matcher open = OPEN.matcher(age);
        if (open.matches()) {
            return new Ages(Integer.parseInt(open.group(1) != null ? open.group(1) : open.group(2)), null);
        }
        Matcher range = RANGE.matcher(age);
        if (range.matches()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            return from <= to ? new Ages(from, to) : null;
        }
        Matcher single = SINGLE.matcher(age);
        return single.matches() ? new Ages(Integer.parseInt(single.group(1)), Integer.parseInt(single.group(1))) : null;
    }

    /** The band holding every age of the group; null when the group straddles two bands. */
    static @Nullable AgeBand band(Ages ages) {
        AgeBand first = bandOf(ages.from());
        AgeBand last = ages.to() == null ? AgeBand.AGE_80_PLUS : bandOf(ages.to());
        return first == last ? first : null;
    }

    static AgeBand bandOf(int age) {
        if (age < 13) {
            return AgeBand.UNDER_13;
        }
        if (age < 18) {
            return AgeBand.AGE_13_17;
        }
        if (age < 30) {
            return AgeBand.AGE_18_29;
        }
        if (age < 50) {
            return AgeBand.AGE_30_49;
        }
        if (age < 65) {
            return AgeBand.AGE_50_64;
        }
        return age < 80 ? AgeBand.AGE_65_79 : AgeBand.AGE_80_PLUS;
    }
}
