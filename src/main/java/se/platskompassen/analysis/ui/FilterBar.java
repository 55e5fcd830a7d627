package se.platskompassen.analysis.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.platskompassen.analysis.Filter;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.response.CollectionMode;

/**
 * The filters every analysis has: the period (when dialogues started), the version, how answers
 * were collected, whether unfinished responses count, and the languages residents answered in
 * (none chosen: every language). Every change is applied at once.
 */
class FilterBar extends Composite<Div> {

    /** "All modes" in the mode choice. */
    static final String ALL_MODES = "ALL";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<VersionChoice> version = new Select<>();
    final Select<String> mode = new Select<>();
    final Checkbox completedOnly = new Checkbox();
    final MultiSelectComboBox<Language> languages = new MultiSelectComboBox<>();
    private final Consumer<Filter> onChange;

    FilterBar(Filter initial, Consumer<Filter> onChange) {
        this.onChange = onChange;
        Div bar = getContent();
        bar.addClassName("analysis-filters");
        bar.getElement().setAttribute("role", "group");
        bar.getElement().setAttribute("aria-label", getTranslation("analysis.filter.label"));

        from.setLabel(getTranslation("analysis.filter.from"));
        to.setLabel(getTranslation("analysis.filter.to"));
        from.setHelperText(getTranslation("analysis.filter.period.helper"));
        for (DatePicker date : List.of(from, to)) {
            date.setLocale(getLocale());
            date.setClearButtonVisible(true);
        }
        from.setValue(initial.from());
        to.setValue(initial.to());

        version.setLabel(getTranslation("analysis.filter.version"));
        version.setItems(VersionChoice.values());
        version.setItemLabelGenerator(choice -> getTranslation("analysis.filter.version." + choice.name()));
        version.setValue(VersionChoice.of(initial.versions()));

        mode.setLabel(getTranslation("analysis.filter.mode"));
        List<String> modes = new ArrayList<>(List.of(ALL_MODES));
        for (CollectionMode each : CollectionMode.values()) {
            modes.add(each.name());
        }
        mode.setItems(modes);
        mode.setItemLabelGenerator(choice -> getTranslation("analysis.mode." + choice));
        mode.setValue(initial.modes().size() == 1 ? initial.modes().iterator().next().name() : ALL_MODES);

        completedOnly.setLabel(getTranslation("analysis.filter.completedOnly"));
        completedOnly.setValue(initial.completedOnly());

        languages.setLabel(getTranslation("analysis.filter.languages"));
        languages.setPlaceholder(getTranslation("analysis.filter.languages.all"));
        languages.setHelperText(getTranslation("analysis.filter.languages.helper"));
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(language -> getTranslation("language." + language.code()));
        if (initial.narrowsLanguages()) {
            languages.setValue(initial.languages());
        }

        from.addValueChangeListener(event -> changed());
        to.addValueChangeListener(event -> changed());
        version.addValueChangeListener(event -> changed());
        mode.addValueChangeListener(event -> changed());
        completedOnly.addValueChangeListener(event -> changed());
        languages.addValueChangeListener(event -> changed());
        bar.add(from, to, version, mode, languages, completedOnly);
    }

    /** The filter as chosen now; an unfinished period (the end before the start) is left open. */
    Filter value() {
        LocalDate start = from.getValue();
        @Nullable LocalDate end = to.getValue();
        boolean reversed = start != null && end != null && end.isBefore(start);
        to.setInvalid(reversed);
        to.setErrorMessage(reversed ? getTranslation("analysis.filter.period.reversed") : null);
        if (reversed) {
            end = null;
        }
        VersionChoice versions = version.getValue() == null ? VersionChoice.ADULTS_AND_YOUTH : version.getValue();
        String chosenMode = mode.getValue();
        EnumSet<CollectionMode> modes = chosenMode == null || chosenMode.equals(ALL_MODES)
                ? EnumSet.allOf(CollectionMode.class) : EnumSet.of(CollectionMode.valueOf(chosenMode));
        Set<Language> chosenLanguages = languages.getValue().isEmpty() ? EnumSet.allOf(Language.class)
                : languages.getValue();
        return new Filter(start, end, versions.versions(), modes, completedOnly.getValue(), chosenLanguages);
    }

    private void changed() {
        onChange.accept(value());
    }
}
