package se.platskompassen.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.platskompassen.compass.CompassAxis;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerInput;

/** The person's own compass and answers, a way back to change any theme, and submit. */
class SummaryScreen extends Screen {

    final Button submit;
    private final List<String> answersRead = new ArrayList<>();

    SummaryScreen(FlowState state, Consumer<Theme> onChange, Runnable onBack, Runnable onSubmit) {
        addClassName("summary-screen");
        setHeading(getTranslation("flow.summary.title"));
        add(new Paragraph(getTranslation("flow.summary.lead")));

        CompassView compass = new CompassView();
        add(compass);
        compass.show(chart(state, compass));

        UnorderedList answers = new UnorderedList();
        answers.addClassName("summary-answers");
        for (Theme theme : Theme.values()) {
            answers.add(row(state, theme, onChange));
        }
        add(answers);

        Button back = new Button(getTranslation("flow.back"), click -> onBack.run());
        submit = new Button(getTranslation("flow.submit"), click -> onSubmit.run());
        submit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        submit.setDisableOnClick(true);
        addActions(back, submit);
    }

    private CompassChart chart(FlowState state, CompassView in) {
        Map<Theme, Integer> scores = state.scores();
        List<String> names = state.themeNames();
        String yours = getTranslation("flow.summary.yours");
        List<CompassSeries> series = new ArrayList<>(List.of(CompassSeries.scores(yours, scores)));
        ClimateLens lens = state.climate;
        if (lens != null) {
            series.add(CompassSeries.optional(lens.module().texts(state.language).name(), state.climateScores));
        }
        return new CompassChart(CompassAxis.of(state.questionnaire.scale()), names, series,
                CompassView.words(in, yours + " – " + state.placeName));
    }

    private ListItem row(FlowState state, Theme theme, Consumer<Theme> onChange) {
        AnswerInput answer = state.answers.get(theme);
        String name = state.text(theme).name();
        Span label = new Span(name);
        label.addClassName("summary-theme");
        Span value = new Span(answer == null || answer.score() == null ? getTranslation("compass.noAnswer")
                : scoreText(state, answer.score()));
        value.addClassName("summary-score");
        answersRead.addAll(List.of(name, value.getText()));
        Integer climate = state.climateScores.get(theme);
        Span climateValue = new Span(climate == null ? "" : getTranslation("flow.summary.climate", scoreText(state, climate)));
        climateValue.addClassName("summary-climate");
        climateValue.setVisible(climate != null);
        if (climate != null) {
            answersRead.add(climateValue.getText());
        }
        Button change = new Button(getTranslation("flow.summary.change"), click -> onChange.accept(theme));
        change.setAriaLabel(getTranslation("flow.summary.changeTheme", name));
        change.addThemeVariants(ButtonVariant.TERTIARY);
        ListItem item = new ListItem(label, value, climateValue, change);
        if (answer != null) {
            for (String comment : new String[] {answer.worksWell(), answer.couldBeBetter()}) {
                if (comment != null) {
                    Paragraph text = new Paragraph(comment);
                    text.addClassName("summary-comment");
                    item.add(text);
                }
            }
        }
        return item;
    }

    /** Read aloud: the heading and lead, then each theme with the answer given. */
    @Override
    protected List<ReadAloud.Part> spokenParts() {
        List<ReadAloud.Part> parts = new ArrayList<>(super.spokenParts());
        answersRead.stream().map(ReadAloud.Part::of).forEach(parts::add);
        return parts;
    }

    private static String scoreText(FlowState state, int score) {
        List<String> steps = state.texts().steps();
        return steps.isEmpty() ? String.valueOf(score) : steps.get(score - state.questionnaire.scale().min());
    }
}
