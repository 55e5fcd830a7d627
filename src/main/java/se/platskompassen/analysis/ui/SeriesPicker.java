package se.platskompassen.analysis.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Choices;
import se.platskompassen.analysis.Series;

/**
 * Up to four series, each chosen as a kind (a place, a year, a group …) and then which one.
 * Every complete change is handed on at once.
 */
class SeriesPicker extends Composite<Div> {

    private final Choices choices;
    private final Consumer<List<Series>> onChange;
    private final Div rows = new Div();
    final Button add = new Button();
    final List<Row> shown = new ArrayList<>();
    /** How many of the series asked for were not the organisation's, and were left out. */
    final int leftOut;

    /** One chosen series: its kind and which one of that kind. */
    final class Row extends Div {

        final Select<SeriesKind> kind = new Select<>();
        final ComboBox<SeriesLabels.Option> which = new ComboBox<>();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        /** The Climate Lens' answers of the chosen respondents instead of the themes' (decision 0038). */
        final Checkbox climate = new Checkbox();
        private boolean filling;

        Row(Series chosen) {
            addClassName("series-row");
            Series series = chosen instanceof Series.ClimateOf lens ? lens.of() : chosen;
            climate.setValue(chosen instanceof Series.ClimateOf);
            climate.setLabel(getTranslation("analysis.series.climate"));
            climate.addValueChangeListener(event -> changed());
            kind.setItems(SeriesKind.values());
            kind.setItemLabelGenerator(each -> getTranslation("analysis.series.kind." + each.name()));
            which.setItemLabelGenerator(SeriesLabels.Option::label);
            kind.setValue(SeriesKind.of(series));
            fill(series);
            kind.addValueChangeListener(event -> {
                fill(null);
                changed();
            });
            which.addValueChangeListener(event -> {
                if (!filling) {
                    changed();
                }
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.addClickListener(click -> {
                shown.remove(this);
                rows.remove(this);
                relabel();
                changed();
            });
            add(kind, which, climate, remove);
        }

        private void fill(@Nullable Series series) {
            List<SeriesLabels.Option> options = SeriesLabels.options(this, kind.getValue(), choices);
            filling = true;
            which.setItems(options);
            SeriesLabels.Option chosen = options.stream().filter(option -> option.series().equals(series)).findFirst()
                    .orElse(options.isEmpty() ? null : options.getFirst());
            which.setValue(chosen);
            filling = false;
            which.setVisible(kind.getValue() != SeriesKind.EVERYONE);
        }

        void label(int number) {
            kind.setLabel(getTranslation("analysis.series.kindLabel", number));
            which.setLabel(getTranslation("analysis.series.whichLabel", number));
            remove.setAriaLabel(getTranslation("analysis.series.remove", number));
            climate.setAriaLabel(getTranslation("analysis.series.climateLabel", number));
            remove.setVisible(shown.size() > 1);
        }

        @Nullable Series value() {
            SeriesLabels.Option option = which.getValue();
            if (option == null) {
                return null;
            }
            return climate.getValue() ? new Series.ClimateOf(option.series()) : option.series();
        }
    }

    SeriesPicker(Choices choices, List<Series> initial, Consumer<List<Series>> onChange) {
        this.choices = choices;
        this.onChange = onChange;
        getContent().addClassName("series-picker");
        rows.addClassName("series-rows");
        getContent().getElement().setAttribute("role", "group");
        getContent().getElement().setAttribute("aria-label", getTranslation("analysis.series.label"));
        add.setText(getTranslation("analysis.series.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(click -> {
            addRow(new Series.Everyone());
            changed();
        });
        int dropped = 0;
        for (Series series : initial) {
            if (offered(series)) {
                addRow(series);
            } else {
                dropped++;
            }
        }
        leftOut = dropped;
        if (shown.isEmpty()) {
            addRow(new Series.Everyone());
        }
        getContent().add(rows, add);
    }

    /** Whether the series is one the organisation has: anything else from an address is left out. */
    private boolean offered(Series series) {
        Series chosen = series instanceof Series.ClimateOf climate ? climate.of() : series;
        return SeriesLabels.options(getContent(), SeriesKind.of(chosen), choices).stream()
                .anyMatch(option -> option.series().equals(chosen));
    }

    private void addRow(Series series) {
        Row row = new Row(series);
        shown.add(row);
        rows.add(row);
        relabel();
    }

    private void relabel() {
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).label(i + 1);
        }
        add.setEnabled(shown.size() < AnalysisService.MAX_SERIES);
    }

    /** The series as chosen now, those without a choice left out. */
    List<Series> value() {
        return shown.stream().map(Row::value).filter(Objects::nonNull).toList();
    }

    private void changed() {
        onChange.accept(value());
    }
}
