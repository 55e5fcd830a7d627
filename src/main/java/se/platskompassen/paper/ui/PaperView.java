package se.platskompassen.paper.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.organisation.Role;
import se.platskompassen.paper.PaperCodes;
import se.platskompassen.paper.PaperCodes.Problem;
import se.platskompassen.paper.PaperEntry;
import se.platskompassen.paper.PaperEntry.Cell;
import se.platskompassen.paper.PaperEntry.Field;
import se.platskompassen.paper.PaperService;
import se.platskompassen.paper.TypedForm;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.CommentText;

/**
 * Paper forms of one dialogue: download the printable form, then type the filled-in forms in,
 * one row per form, with the keyboard only. Tab moves from cell to cell, Enter saves the row
 * and starts the next. A wrong cell is marked as soon as it is typed, and a row is saved only
 * when every cell is right; what was typed stays until it is saved. Each row gets its response
 * id when it is started, so saving it twice never makes two responses.
 */
@Route(value = "dialogues/:dialogueId/paper", layout = MainLayout.class)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME})
class PaperView extends StaffPage implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(PaperView.class);

    private final DialogueService dialogues;
    private final PlaceService places;
    private final PaperService paper;
    private final QuestionnaireCatalog questionnaires;
    private final Clock clock;

    private @Nullable Dialogue dialogue;
    private @Nullable EntryRow row;
    private final List<SavedForm> saved = new ArrayList<>();
    private final Grid<SavedForm> savedGrid = new Grid<>();
    private final Span status = new Span();
    private final Paragraph savedCount = new Paragraph();

    PaperView(DialogueService dialogues, PlaceService places, PaperService paper,
            QuestionnaireCatalog questionnaires, Clock clock) {
        this.dialogues = dialogues;
        this.places = places;
        this.paper = paper;
        this.questionnaires = questionnaires;
        this.clock = clock;
        addClassName("paper-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        findOrNotFound(event, "dialogueId", dialogues::find).ifPresent(found -> {
            if (dialogue == null || dialogue.id() != found.id()) {
                layOut(found);
            }
        });
    }

    private void layOut(Dialogue shown) {
        dialogue = shown;
        saved.clear();
        clearContent();
        String placeName = places.find(shown.placeId()).map(Place::name).orElse("");
        setHeading(getTranslation("paper.heading", shown.title()));
        Paragraph about = new Paragraph(getTranslation("paper.about", placeName, shown.joinCode()));
        about.addClassName("staff-lead");
        Anchor back = new Anchor("dialogues/" + shown.id(), getTranslation("paper.back"));
        back.addClassName("paper-back");
        addContent(back, about, new Paragraph(getTranslation("paper.lead")));
        if (shown.status() == DialogueStatus.CLOSED) {
            Paragraph closed = new Paragraph(getTranslation("paper.closed"));
            closed.addClassName("paper-notice");
            addContent(closed);
        }
        addContent(new H2(getTranslation("paper.print")), printLinks(shown),
                new H2(getTranslation("paper.entry")), new Paragraph(getTranslation("paper.entry.help")),
                legend(shown));
        row = new EntryRow(shown);
        status.addClassName("paper-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        addContent(row, status, new H2(getTranslation("paper.saved.title")), savedCount, savedGrid());
        refreshSaved();
    }

    // --- printing -------------------------------------------------------------------------------------

    private Div printLinks(Dialogue shown) {
        Div links = new Div(new Paragraph(getTranslation("paper.print.help")));
        links.addClassName("paper-print");
        for (Language language : shown.languages()) {
            String fileName = "blankett-" + shown.joinCode().replaceAll("[^A-Za-z0-9-]", "") + "-" + language.code()
                    + ".pdf";
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = paper.form(shown, language);
                return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
            }), getTranslation("paper.print.download", getTranslation("paper.language." + language.code())));
            download.addClassName("paper-download");
            links.add(download);
        }
        return links;
    }

    // --- the codes ------------------------------------------------------------------------------------

    private Div legend(Dialogue shown) {
        Version version = shown.version();
        QuestionnaireTexts texts = questionnaires.current(version).texts(Language.of(getLocale()));
        Scale scale = version.scale();
        UnorderedList items = new UnorderedList();
        if (texts.steps().isEmpty()) {
            items.add(new ListItem(getTranslation("paper.legend.score", scale.min(), scale.max(), texts.scaleLow(),
                    texts.scaleHigh())));
        } else {
            items.add(new ListItem(getTranslation("paper.legend.steps", numbered(texts.steps(), Function.identity()))));
        }
        items.add(new ListItem(getTranslation("paper.legend.skip")));
        String suffix = version == Version.BARN ? ".child" : "";
        if (!PaperCodes.ageBands(version).isEmpty()) {
            items.add(choiceLegend("paper.entry.age", numbered(PaperCodes.ageBands(version),
                    band -> getTranslation("age." + band.name()))));
        }
        items.add(choiceLegend("paper.entry.gender", numbered(PaperCodes.genders(),
                gender -> getTranslation("gender" + suffix + "." + gender.name()))));
        items.add(choiceLegend("paper.entry.relation", numbered(PaperCodes.relations(),
                relation -> getTranslation("relation" + suffix + "." + relation.name()))));
        if (!shown.areaChoices().isEmpty()) {
            items.add(choiceLegend("paper.entry.area", numbered(shown.areaChoices(), Function.identity())));
        }
        Div legend = new Div(new Span(getTranslation("paper.legend.title")), items);
        legend.addClassName("paper-legend");
        return legend;
    }

    private ListItem choiceLegend(String labelKey, String codes) {
        return new ListItem(getTranslation("paper.legend.choice", getTranslation(labelKey), codes));
    }

    private static <T> String numbered(List<T> choices, Function<T, String> label) {
        return IntStream.range(0, choices.size())
                .mapToObj(i -> PaperCodes.code(i) + " = " + label.apply(choices.get(i)))
                .collect(Collectors.joining(", "));
    }

    // --- saving ---------------------------------------------------------------------------------------

    private void save() {
        EntryRow entry = row;
        Dialogue current = dialogue;
        if (entry == null || current == null || entry.blank()) {
            return; // a second Enter on a fresh row, or Enter before anything is typed
        }
        PaperEntry.Reading reading = entry.read();
        if (reading.entry() == null) {
            entry.show(reading.problems());
            say(reading.formProblem() != null ? message(reading.formProblem()) : getTranslation("paper.entry.fix"),
                    true);
            entry.focusFirstProblem(reading.problems());
            return;
        }
        PaperEntry form = reading.entry();
        Optional<SavedForm> sameNumber = saved.stream()
                .filter(s -> s.number().equalsIgnoreCase(form.formNumber()) && !s.id().equals(form.responseId()))
                .findFirst();
        if (sameNumber.isPresent()) {
            entry.mark(Cell.of(Field.FORM_NUMBER), getTranslation("paper.entry.duplicateNumber", form.formNumber()));
            say(getTranslation("paper.entry.duplicateNumber", form.formNumber()), true);
            entry.focus(Cell.of(Field.FORM_NUMBER));
            return;
        }
        PaperService.Saved outcome;
        try {
            outcome = paper.save(current, form);
        } catch (RuntimeException e) {
            log.warn("A paper form could not be saved", e);
            say(getTranslation("paper.entry.error"), true);
            return;
        }
        if (outcome == PaperService.Saved.NUMBER_TAKEN) {
            entry.mark(Cell.of(Field.FORM_NUMBER), getTranslation("paper.entry.numberTaken", form.formNumber()));
            say(getTranslation("paper.entry.numberTaken", form.formNumber()), true);
            entry.focus(Cell.of(Field.FORM_NUMBER));
            return;
        }
        boolean listed = saved.stream().anyMatch(s -> s.id().equals(form.responseId()));
        if (!listed) {
            saved.addFirst(SavedForm.of(form, current.version(), LocalTime.now(clock)));
            refreshSaved();
        }
        say(getTranslation(outcome == PaperService.Saved.ADDED ? "paper.entry.saved" : "paper.entry.alreadySaved",
                form.formNumber()), false);
        entry.startNew();
    }

    private void say(String text, boolean problem) {
        status.setText(text);
        status.setClassName("paper-problem", problem);
    }

    private String message(Problem problem) {
        return getTranslation(problem.key(), problem.args());
    }

    private Grid<SavedForm> savedGrid() {
        savedGrid.addClassName("paper-saved");
        savedGrid.addColumn(SavedForm::number).setHeader(getTranslation("paper.saved.number")).setAutoWidth(true)
                .setFlexGrow(0);
        savedGrid.addColumn(SavedForm::scores).setHeader(getTranslation("paper.saved.scores")).setFlexGrow(1);
        savedGrid.addColumn(SavedForm::background).setHeader(getTranslation("paper.saved.background"))
                .setAutoWidth(true).setFlexGrow(0);
        savedGrid.addColumn(SavedForm::comments).setHeader(getTranslation("paper.saved.comments")).setAutoWidth(true)
                .setFlexGrow(0);
        savedGrid.addColumn(form -> form.time().format(DateTimeFormatter.ofPattern("HH:mm:ss")))
                .setHeader(getTranslation("paper.saved.time")).setAutoWidth(true).setFlexGrow(0);
        savedGrid.setAllRowsVisible(true);
        savedGrid.setAriaLabel(getTranslation("paper.saved.title"));
        return savedGrid;
    }

    private void refreshSaved() {
        savedGrid.setItems(saved);
        savedGrid.setVisible(!saved.isEmpty());
        savedCount.setText(saved.isEmpty() ? getTranslation("paper.saved.none")
                : getTranslation("paper.saved.count", saved.size()));
    }

    /** A form saved in this visit to the page, as the list shows it. */
    record SavedForm(UUID id, String number, String scores, String background, int comments, LocalTime time) {

        static SavedForm of(PaperEntry form, Version version, LocalTime time) {
            String scores = form.answers().stream()
                    .map(answer -> answer.score() == null ? PaperCodes.SKIP : String.valueOf(answer.score()))
                    .collect(Collectors.joining(" "));
            List<String> codes = new ArrayList<>();
            if (!PaperCodes.ageBands(version).isEmpty()) {
                codes.add(code(PaperCodes.ageBands(version), form.background().ageBand()));
            }
            codes.add(code(PaperCodes.genders(), form.background().gender()));
            codes.add(code(PaperCodes.relations(), form.background().relation()));
            String background = String.join(" ", codes) + (form.background().area() == null ? ""
                    : " · " + form.background().area());
            int comments = (int) form.answers().stream()
                    .mapToLong(a -> (a.worksWell() == null ? 0 : 1) + (a.couldBeBetter() == null ? 0 : 1)).sum();
            return new SavedForm(form.responseId(), form.formNumber(), scores, background, comments, time);
        }

        private static <T> String code(List<T> choices, @Nullable T chosen) {
            int index = chosen == null ? -1 : choices.indexOf(chosen);
            return index < 0 ? PaperCodes.SKIP : PaperCodes.code(index);
        }
    }

    // --- the row being typed --------------------------------------------------------------------------

    /** The cells of one paper form, the comments below them, and the buttons. */
    private final class EntryRow extends Div {

        private final Dialogue shown;
        private final Map<Cell, TextField> cells = new LinkedHashMap<>();
        private final @Nullable RadioButtonGroup<Language> language;
        private UUID responseId = UUID.randomUUID();

        EntryRow(Dialogue shown) {
            this.shown = shown;
            addClassName("paper-entry");
            Version version = shown.version();
            Questionnaire questionnaire = questionnaires.current(version);
            Language uiLanguage = Language.of(getLocale());

            if (shown.languages().size() > 1) {
                language = new RadioButtonGroup<>(getTranslation("paper.entry.language"));
                language.setItems(shown.languages());
                language.setItemLabelGenerator(l -> getTranslation("paper.language." + l.code()));
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
            if (!PaperCodes.ageBands(version).isEmpty()) {
                scores.add(cell(Cell.of(Field.AGE), getTranslation("paper.entry.age"), "paper-code",
                        typed -> problem(PaperCodes.choice(PaperCodes.ageBands(version), typed))));
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
                scores.add(cell(Cell.of(Field.SCORE, theme), questionnaire.text(theme, uiLanguage).name(), "paper-score",
                        typed -> problem(PaperCodes.score(version.scale(), typed))));
            }

            Div comments = new Div();
            comments.addClassName("paper-comments");
            for (Theme theme : Theme.values()) {
                String name = questionnaire.text(theme, uiLanguage).name();
                comments.add(comment(Cell.of(Field.WORKS_WELL, theme), getTranslation("paper.entry.comment.good", name)),
                        comment(Cell.of(Field.COULD_BE_BETTER, theme),
                                getTranslation("paper.entry.comment.better", name)));
            }
            Details details = new Details(getTranslation("paper.entry.comments"), comments);
            details.addClassName("paper-comments-details");

            Button save = new Button(getTranslation("paper.entry.save"), click -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClassName("paper-save");
            Button clear = new Button(getTranslation("paper.entry.clear"), click -> {
                startNew();
                say(getTranslation("paper.entry.cleared"), false);
            });
            clear.addThemeVariants(ButtonVariant.TERTIARY);
            Div actions = new Div(save, clear);
            actions.addClassName("paper-actions");
            add(scores, details, actions);

            // Enter in any cell saves the row; not on the buttons (they click) nor on the comments' toggle
            Shortcuts.addShortcutListener(this, PaperView.this::save, Key.ENTER).listenOn(scores, comments);
        }

        private TextField cell(Cell cell, String label, String className,
                Function<String, Optional<Problem>> check) {
            TextField field = new TextField(label);
            field.addClassName(className);
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addThemeVariants(TextFieldVariant.ALIGN_CENTER);
            field.addValueChangeListener(change -> showCheck(field, check.apply(change.getValue())));
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

        private Optional<Problem> problem(PaperCodes.Read<?> read) {
            return Optional.ofNullable(read.problem());
        }

        private void showCheck(TextField field, Optional<Problem> problem) {
            field.setInvalid(problem.isPresent());
            field.setErrorMessage(problem.map(PaperView.this::message).orElse(null));
        }

        boolean blank() {
            return cells.values().stream().allMatch(field -> field.getValue().isBlank());
        }

        PaperEntry.Reading read() {
            Map<Theme, String> scores = new EnumMap<>(Theme.class);
            Map<Theme, String> worksWell = new EnumMap<>(Theme.class);
            Map<Theme, String> couldBeBetter = new EnumMap<>(Theme.class);
            for (Theme theme : Theme.values()) {
                scores.put(theme, value(Cell.of(Field.SCORE, theme)));
                worksWell.put(theme, value(Cell.of(Field.WORKS_WELL, theme)));
                couldBeBetter.put(theme, value(Cell.of(Field.COULD_BE_BETTER, theme)));
            }
            TypedForm typed = new TypedForm(value(Cell.of(Field.FORM_NUMBER)), value(Cell.of(Field.AGE)),
                    value(Cell.of(Field.GENDER)), value(Cell.of(Field.RELATION)), value(Cell.of(Field.AREA)), scores,
                    worksWell, couldBeBetter);
            Language chosen = language == null || language.getValue() == null
                    ? shown.languages().iterator().next() : language.getValue();
            return PaperEntry.read(responseId, chosen, shown.version(), shown.areaChoices(), typed);
        }

        private String value(Cell cell) {
            TextField field = cells.get(cell);
            return field == null ? "" : field.getValue();
        }

        void show(Map<Cell, Problem> problems) {
            cells.forEach((cell, field) -> {
                Problem problem = problems.get(cell);
                field.setInvalid(problem != null);
                field.setErrorMessage(problem == null ? null : message(problem));
            });
        }

        void mark(Cell cell, String text) {
            TextField field = cells.get(cell);
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        }

        void focusFirstProblem(Map<Cell, Problem> problems) {
            problems.keySet().stream().findFirst().ifPresentOrElse(this::focus,
                    () -> focus(Cell.of(Field.FORM_NUMBER)));
        }

        void focus(Cell cell) {
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
}
