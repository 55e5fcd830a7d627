package se.platskompassen.paper.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.paper.PaperCodes.Problem;
import se.platskompassen.paper.PaperCodes;
import se.platskompassen.paper.PaperEntry.Cell;
import se.platskompassen.paper.PaperEntry.Field;
import se.platskompassen.paper.PaperEntry;
import se.platskompassen.paper.TypedForm;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.questionnaire.ui.LanguageNames;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.CommentText;

/**
 * The row a typist fills in for one paper form: a cell per box of the form in the printed order,
 * the comments below them, and the buttons. A wrong cell is marked as soon as it is typed. The
 * row gets its response id when it is started, so saving it twice never makes two responses.
 */
final class EntryRow extends Div {

    private final Dialogue shown;
    private final Map<Cell, TextField> cells = new LinkedHashMap<>();
    private final @Nullable RadioButtonGroup<Language> language;
    private UUID responseId = UUID.randomUUID();

    /**
     * @param save what Enter in a cell or the save button does
     * @param cleared told when the typist empties the row by hand
     */
    EntryRow(Dialogue shown, Questionnaire questionnaire, Runnable save, Runnable cleared) {
        this.shown = shown;
        addClassName("paper-entry");
        Version version = shown.version();
        Language uiLanguage = Language.of(getLocale());

        if (shown.languages().size() > 1) {
            language = new RadioButtonGroup<>(getTranslation("paper.entry.language"));
            language.setItems(shown.languages());
            language.setItemLabelGenerator(l -> LanguageNames.staffName(this, l));
            language.setValue(shown.languages().contains(Language.SV) ? Language.SV
                    : shown.languages().iterator().next());
            language.addClassName("paper-language");
            add(language);
        } else {
            language = null;
        }

        Div scores = new Div();
        scores.addClassName("paper-row");
        scores.getElement().setAttribute("role", "group");
        scores.getElement().setAttribute("aria-label", getTranslation("paper.entry.row"));
        scores.add(cell(Cell.of(Field.FORM_NUMBER), getTranslation("paper.entry.formNumber"), "paper-number",
                typed -> typed.isBlank() ? Optional.empty() : problem(PaperCodes.formNumber(typed))));
        if (!AgeBand.askedIn(version).isEmpty()) {
            scores.add(cell(Cell.of(Field.AGE), getTranslation("paper.entry.age"), "paper-code",
                    typed -> problem(PaperCodes.choice(AgeBand.askedIn(version), typed))));
        }
        scores.add(cell(Cell.of(Field.GENDER), getTranslation("paper.entry.gender"), "paper-code",
                typed -> problem(PaperCodes.choice(PaperCodes.genders(), typed))));
        scores.add(cell(Cell.of(Field.RELATION), getTranslation("paper.entry.relation"), "paper-code",
                typed -> problem(PaperCodes.choice(PaperCodes.relations(), typed))));
        if (!shown.areaChoices().isEmpty()) {
            scores.add(cell(Cell.of(Field.AREA), getTranslation("paper.entry.area"), "paper-code",
                    typed -> problem(PaperCodes.choice(shown.areaChoices(), typed))));
        }
        for (Theme theme : Theme.values()) {
            String name = questionnaire.text(theme, uiLanguage).name();
            scores.add(cell(Cell.of(Field.SCORE, theme), name, "paper-score",
                    typed -> problem(PaperCodes.score(version.scale(), typed))));
            if (shown.climateLens()) {
                scores.add(cell(Cell.of(Field.CLIMATE, theme), getTranslation("paper.entry.climate", name),
                        "paper-climate", typed -> problem(PaperCodes.score(version.scale(), typed))));
            }
        }

        Div comments = new Div();
        comments.addClassName("paper-comments");
        for (Theme theme : Theme.values()) {
            String name = questionnaire.text(theme, uiLanguage).name();
            comments.add(comment(Cell.of(Field.WORKS_WELL, theme), getTranslation("paper.entry.comment.good", name)),
                    comment(Cell.of(Field.COULD_BE_BETTER, theme), getTranslation("paper.entry.comment.better", name)));
        }
        Details details = new Details(getTranslation("paper.entry.comments"), comments);
        details.addClassName("paper-comments-details");

        Button saveButton = new Button(getTranslation("paper.entry.save"), click -> save.run());
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.addClassName("paper-save");
        Button clear = new Button(getTranslation("paper.entry.clear"), click -> {
            startNew();
            cleared.run();
        });
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        Div actions = new Div(saveButton, clear);
        actions.addClassName("paper-actions");
        add(scores, details, actions);

        // Enter in any cell saves the row; not on the buttons (they click) nor on the comments' toggle
        Shortcuts.addShortcutListener(this, save::run, Key.ENTER).listenOn(scores, comments);
    }

    private TextField cell(Cell cell, String label, String className, Function<String, Optional<Problem>> check) {
        TextField field = new TextField(label);
        field.addClassName(className);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addThemeVariants(TextFieldVariant.ALIGN_CENTER);
        field.addValueChangeListener(change -> mark(field, check.apply(change.getValue()).orElse(null)));
        cells.put(cell, field);
        return field;
    }

    private TextField comment(Cell cell, String label) {
        TextField field = new TextField(label);
        field.addClassName("paper-comment");
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setMaxLength(CommentText.MAX_LENGTH);
        cells.put(cell, field);
        return field;
    }

    private static Optional<Problem> problem(PaperCodes.Read<?> read) {
        return Optional.ofNullable(read.problem());
    }

    /** The problem in the words of the page. */
    String message(Problem problem) {
        return getTranslation(problem.key(), problem.args());
    }

    private void mark(TextField field, @Nullable Problem problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem == null ? null : message(problem));
    }

    boolean blank() {
        return cells.values().stream().allMatch(field -> field.getValue().isBlank());
    }

    /** What the row says, read and checked as the paper form. */
    PaperEntry.Reading read() {
        Map<Theme, String> scores = new EnumMap<>(Theme.class);
        Map<Theme, String> worksWell = new EnumMap<>(Theme.class);
        Map<Theme, String> couldBeBetter = new EnumMap<>(Theme.class);
        Map<Theme, String> climate = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            scores.put(theme, value(Cell.of(Field.SCORE, theme)));
            climate.put(theme, value(Cell.of(Field.CLIMATE, theme)));
            worksWell.put(theme, value(Cell.of(Field.WORKS_WELL, theme)));
            couldBeBetter.put(theme, value(Cell.of(Field.COULD_BE_BETTER, theme)));
        }
        TypedForm typed = new TypedForm(value(Cell.of(Field.FORM_NUMBER)), value(Cell.of(Field.AGE)),
                value(Cell.of(Field.GENDER)), value(Cell.of(Field.RELATION)), value(Cell.of(Field.AREA)), scores,
                worksWell, couldBeBetter, climate);
        Language chosen = language == null || language.getValue() == null
                ? shown.languages().iterator().next() : language.getValue();
        return PaperEntry.read(responseId, chosen, shown.version(), shown.areaChoices(), shown.climateLens(), typed);
    }

    private String value(Cell cell) {
        TextField field = cells.get(cell);
        return field == null ? "" : field.getValue();
    }

    /** Marks every cell with its problem, or as right, and puts the cursor in the first wrong one. */
    void show(Map<Cell, Problem> problems) {
        cells.forEach((cell, field) -> mark(field, problems.get(cell)));
        focus(problems.keySet().stream().findFirst().orElse(Cell.of(Field.FORM_NUMBER)));
    }

    /** Marks the form number as refused and puts the cursor there. */
    void refuseNumber(String text) {
        TextField field = cells.get(Cell.of(Field.FORM_NUMBER));
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
            field.focus();
        }
    }

    private void focus(Cell cell) {
        TextField field = cells.get(cell);
        if (field != null) {
            field.focus();
        }
    }

    /** Empties every cell and gives the next form its own response id. */
    void startNew() {
        responseId = UUID.randomUUID();
        cells.values().forEach(field -> {
            field.clear();
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        focus(Cell.of(Field.FORM_NUMBER));
    }
}
