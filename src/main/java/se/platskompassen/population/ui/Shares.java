package se.platskompassen.population.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.platskompassen.population.Representation;

/** How the population pages write groups, shares and weights, in the page's language. */
final class Shares {

    private Shares() {
    }

    static String group(Component in, Representation.Group group) {
        if (group.ageBand() != null && group.gender() != null) {
            return in.getTranslation("population.cell", in.getTranslation("analysis.group.GENDER." + group.gender()),
                    in.getTranslation("analysis.group.AGE_BAND." + group.ageBand()));
        }
        return group.ageBand() != null ? in.getTranslation("analysis.group.AGE_BAND." + group.ageBand())
                : in.getTranslation("analysis.group.GENDER." + group.gender());
    }

    static String percent(@Nullable Double share, Locale locale) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    static String weight(double weight, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(weight);
    }

    static String whole(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
