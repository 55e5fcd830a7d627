package se.platskompassen.exchange.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.exchange.ExportService;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.ResponseCounts;
import se.platskompassen.response.ResponseService;

/**
 * Several of the organisation's dialogues as one file: pick them in a list (filtered by place
 * and version), choose the format, download. The rows of each dialogue follow one another, and
 * every row names its dialogue. What is chosen is what is shown: a filter drops hidden rows from
 * the choice.
 */
@Route(value = "export", layout = MainLayout.class)
@Menu(order = 60, title = "nav.export", icon = "vaadin:download")
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class MultiExportView extends StaffPage {

    /** One dialogue as the list shows it. */
    record Row(long id, String title, String place, long placeId, Version version, String status, LocalDate started,
            long completed) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final Select<Place> placeFilter = new Select<>();
    private final Select<Version> versionFilter = new Select<>();
    private final Paragraph chosen = new Paragraph();
    private final ExportChoices choices;

    MultiExportView(ExportService exports, DialogueService dialogues, PlaceService places,
            ResponseService responses, Clock clock) {
        addClassName("multi-export-view");
        setHeading(getTranslation("exchange.multi.heading"));
        setLead(getTranslation("exchange.multi.lead"));
        List<Place> allPlaces = places.findAll();
        List<Row> rows = rows(dialogues.findAll(), allPlaces, responses.countsOfMyDialogues(), clock);
        choices = new ExportChoices(exports,
                () -> grid.getSelectedItems().stream().sorted(ORDER).map(Row::id).toList());
        GridListDataView<Row> view = grid(rows);
        Div filters = filters(allPlaces, view);
        Paragraph care = new Paragraph(getTranslation("exchange.export.care"));
        care.addClassName("hint");
        chosen.addClassName("multi-export-chosen");
        chosen.getElement().setAttribute("aria-live", "polite");
        Div section = new Div(new H2(getTranslation("exchange.export.title")), chosen, choices, care);
        section.addClassName("export-section");
        addContent(filters, grid, section);
        grid.addSelectionListener(selection -> showChosen());
        showChosen();
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::started).reversed()
            .thenComparing(Row::id, Comparator.reverseOrder());

    private List<Row> rows(List<Dialogue> all, List<Place> allPlaces, Map<Long, ResponseCounts> counts, Clock clock) {
        Map<Long, String> placeNames = allPlaces.stream().collect(Collectors.toMap(Place::id, Place::name));
        return all.stream()
                .map(dialogue -> new Row(dialogue.id(), dialogue.title(), placeNames.getOrDefault(dialogue.placeId(), ""),
                        dialogue.placeId(), dialogue.version(),
                        getTranslation("dialogue.status." + dialogue.status().name()),
                        LocalDate.ofInstant(Objects.requireNonNullElse(dialogue.opensAt(), dialogue.createdAt()),
                                clock.getZone()),
                        counts.getOrDefault(dialogue.id(), new ResponseCounts(0, 0)).completed()))
                .sorted(ORDER)
                .toList();
    }

    private GridListDataView<Row> grid(List<Row> rows) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(Row::title).setHeader(getTranslation("exchange.multi.dialogue")).setFlexGrow(2)
                .setComparator(Row::title);
        grid.addColumn(Row::place).setHeader(getTranslation("exchange.multi.place")).setFlexGrow(1)
                .setComparator(Row::place);
        grid.addColumn(row -> getTranslation("dialogue.version." + row.version().name()))
                .setHeader(getTranslation("exchange.multi.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::status).setHeader(getTranslation("dialogue.statusLabel")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Row::started).setHeader(getTranslation("exchange.multi.started")).setAutoWidth(true)
                .setFlexGrow(0).setComparator(Row::started);
        grid.addColumn(Row::completed).setHeader(getTranslation("exchange.multi.completed")).setAutoWidth(true)
                .setFlexGrow(0).setComparator(Row::completed);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("exchange.multi.list"));
        grid.addClassName("multi-export-grid");
        grid.setAllRowsVisible(rows.size() <= 25);
        return grid.setItems(rows);
    }

    private Div filters(List<Place> allPlaces, GridListDataView<Row> view) {
        placeFilter.setLabel(getTranslation("exchange.multi.place"));
        placeFilter.setEmptySelectionAllowed(true);
        placeFilter.setEmptySelectionCaption(getTranslation("exchange.multi.allPlaces"));
        placeFilter.setItems(allPlaces.stream().sorted(Comparator.comparing(Place::name)).toList());
        placeFilter.setItemLabelGenerator(place -> place == null ? getTranslation("exchange.multi.allPlaces")
                : place.name());
        versionFilter.setLabel(getTranslation("exchange.multi.version"));
        versionFilter.setEmptySelectionAllowed(true);
        versionFilter.setEmptySelectionCaption(getTranslation("exchange.multi.allVersions"));
        versionFilter.setItems(Version.values());
        versionFilter.setItemLabelGenerator(version -> version == null ? getTranslation("exchange.multi.allVersions")
                : getTranslation("dialogue.version." + version.name()));
        placeFilter.addValueChangeListener(change -> filter(view));
        versionFilter.addValueChangeListener(change -> filter(view));
        Div filters = new Div(placeFilter, versionFilter);
        filters.addClassName("multi-export-filters");
        return filters;
    }

    private void filter(GridListDataView<Row> view) {
        Place place = placeFilter.getValue();
        Version version = versionFilter.getValue();
        view.setFilter(row -> (place == null || row.placeId() == place.id())
                && (version == null || row.version() == version));
        List<Row> shown = view.getItems().toList();
        grid.getSelectedItems().stream().filter(row -> !shown.contains(row)).toList().forEach(grid::deselect);
        showChosen();
    }

    private void showChosen() {
        List<Row> selected = List.copyOf(grid.getSelectedItems());
        long completed = selected.stream().mapToLong(Row::completed).sum();
        chosen.setText(selected.isEmpty() ? getTranslation("exchange.multi.none")
                : getTranslation("exchange.multi.chosen", selected.size(), completed));
        choices.refresh();
    }
}
