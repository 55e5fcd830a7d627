package se.platskompassen.population.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.platskompassen.base.ui.LimitedUpload;
import se.platskompassen.population.CsvProblem;
import se.platskompassen.population.PlacePopulation;
import se.platskompassen.population.PopulationCell;
import se.platskompassen.population.PopulationCsv;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/**
 * Staff type in a place's population, or import a statistics file into the same fields: a file
 * with any problem fills nothing and lists every problem with its line; a good one fills the
 * fields, to be checked and saved. Nothing is saved until Save.
 */
class PopulationEditor extends Dialog {

    /** What to do with figures to be saved; {@code imported} when they came from a file. */
    interface Saver {
        void save(PlacePopulation population, boolean imported);
    }

    final TextField year = new TextField();
    final TextField source = new TextField();
    final Map<PopulationCell, TextField> fields = new LinkedHashMap<>();
    final Div problems = new Div();
    final Button save;
    private boolean imported;

    PopulationEditor(@Nullable PlacePopulation current, Clock clock, Saver saver) {
        setHeaderTitle(getTranslation("population.edit.title"));
        setWidth("min(44rem, 95vw)");
        addClassName("population-editor");
        year.setLabel(getTranslation("population.edit.year"));
        year.setAllowedCharPattern("[0-9]");
        year.setMaxLength(4);
        year.getElement().setAttribute("inputmode", "numeric");
        year.setValue(String.valueOf(current == null ? Year.now(clock).getValue() - 1 : current.year()));
        source.setLabel(getTranslation("population.edit.source"));
        source.setMaxLength(PlacePopulation.MAX_SOURCE);
        source.setValue(current == null || current.source() == null ? "" : current.source());
        Div meta = new Div(year, source);
        meta.addClassName("population-meta");
        add(new Paragraph(getTranslation("population.edit.lead")), meta, grid(current), importPart());
        save = new Button(getTranslation("common.save"), click -> read().ifPresent(population -> {
            saver.save(population, imported);
            close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private Div grid(@Nullable PlacePopulation current) {
        Div grid = new Div();
        grid.addClassName("population-grid");
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-label", getTranslation("population.edit.grid"));
        grid.add(new Span(), header(Gender.WOMAN), header(Gender.MAN));
        for (AgeBand band : AgeBand.values()) {
            Span label = new Span(getTranslation("analysis.group.AGE_BAND." + band));
            label.addClassName("population-band");
            grid.add(label);
            for (Gender gender : PopulationCell.GENDERS) {
                PopulationCell cell = new PopulationCell(band, gender);
                TextField field = new TextField();
                field.setAriaLabel(getTranslation("population.cell", getTranslation("analysis.group.GENDER." + gender),
                        getTranslation("analysis.group.AGE_BAND." + band)));
                field.setAllowedCharPattern("[0-9 ]");
                field.getElement().setAttribute("inputmode", "numeric");
                field.setValue(current == null ? "" : String.valueOf(current.people(cell)));
                field.addValueChangeListener(change -> imported = imported && !change.isFromClient());
                fields.put(cell, field);
                grid.add(field);
            }
        }
        return grid;
    }

    private Span header(Gender gender) {
        Span header = new Span(getTranslation("analysis.group.GENDER." + gender));
        header.addClassName("population-gender");
        return header;
    }

    private Div importPart() {
        Upload upload = new Upload();
        upload.setUploadHandler(new LimitedUpload(PopulationCsv.MAX_BYTES, data -> {
            upload.clearFileList();
            take(PopulationCsv.read(data));
        }, () -> {
            upload.clearFileList();
            showProblems(getTranslation("population.import.tooBig", PopulationCsv.MAX_BYTES / 1024), null);
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("population.import.choose"))
                .setMany(getTranslation("population.import.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("population.import.drop"))
                .setMany(getTranslation("population.import.drop")));
        upload.setI18n(texts);
        upload.addClassName("population-upload");
        problems.addClassName("population-problems");
        Div part = new Div(new Paragraph(getTranslation("population.import.lead")), upload, problems);
        part.addClassName("population-import");
        return part;
    }

    /** Fills the fields from a file read without problems; otherwise lists them all and fills nothing. */
    void take(PopulationCsv.Result result) {
        problems.removeAll();
        if (!result.ok()) {
            showProblems(getTranslation("population.import.problems", result.problems().size()), result);
            return;
        }
        fields.forEach((cell, field) -> field.setValue(String.valueOf(result.people().getOrDefault(cell, 0L))));
        if (result.year() != null) {
            year.setValue(String.valueOf(result.year()));
        }
        if (source.getValue().isBlank()) {
            source.setValue(getTranslation("population.import.defaultSource"));
        }
        imported = true;
        Paragraph done = new Paragraph(getTranslation("population.import.filled"));
        done.getElement().setAttribute("role", "status");
        problems.add(done);
    }

    private void showProblems(String summary, PopulationCsv.@Nullable Result result) {
        problems.removeAll();
        Paragraph text = new Paragraph(summary);
        text.getElement().setAttribute("role", "alert");
        text.addClassName("population-problem-summary");
        problems.add(text);
        if (result == null) {
            return;
        }
        Grid<CsvProblem> grid = new Grid<>();
        grid.addColumn(CsvProblem::line).setHeader(getTranslation("population.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(problem -> getTranslation("population.csv.problem." + problem.key(),
                problem.arguments().stream().map(this::argument).toArray())).setHeader(getTranslation(
                "population.import.what")).setFlexGrow(1);
        grid.setItems(result.problems());
        grid.setAllRowsVisible(result.problems().size() <= 20);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("population.import.problemsLabel"));
        problems.add(grid);
    }

    /** Age bands named in a problem are written as the page writes them. */
    private Object argument(Object argument) {
        if (argument instanceof String text) {
            for (AgeBand band : AgeBand.values()) {
                if (band.name().equals(text)) {
                    return getTranslation("analysis.group.AGE_BAND." + band);
                }
            }
        }
        return argument;
    }

    /** The typed figures, or empty with every wrong field marked. */
    Optional<PlacePopulation> read() {
        boolean ok = true;
        Integer shownYear = number(year.getValue(), 1900, 2200);
        year.setInvalid(shownYear == null);
        year.setErrorMessage(shownYear == null ? getTranslation("population.edit.yearInvalid") : null);
        ok &= shownYear != null;
        Map<PopulationCell, Long> people = new HashMap<>();
        for (Map.Entry<PopulationCell, TextField> entry : fields.entrySet()) {
            String typed = entry.getValue().getValue().replace(" ", "");
            Integer count = typed.isEmpty() ? Integer.valueOf(0) : number(typed, 0, (int) PlacePopulation.MAX_PEOPLE);
            entry.getValue().setInvalid(count == null);
            entry.getValue().setErrorMessage(count == null ? getTranslation("population.edit.countInvalid") : null);
            ok &= count != null;
            if (count != null) {
                people.put(entry.getKey(), count.longValue());
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new PlacePopulation(shownYear, source.getValue(), people));
    }

    private static @Nullable Integer number(String text, int min, int max) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int value = Integer.parseInt(digits);
        return value < min || value > max ? null : value;
    }
}
