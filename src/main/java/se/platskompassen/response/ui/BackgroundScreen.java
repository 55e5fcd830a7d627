package se.platskompassen.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Background;
import se.platskompassen.response.Gender;
import se.platskompassen.response.Relation;

/** The optional, anonymous questions about the respondent; each has "prefer not to say". */
class BackgroundScreen extends Screen {

    /** A choice; {@code value} null is "prefer not to say". */
    record Choice<T>(@Nullable T value, String label) {
    }

    private final @Nullable RadioButtonGroup<Choice<AgeBand>> age;
    private final RadioButtonGroup<Choice<Gender>> gender;
    private final RadioButtonGroup<Choice<Relation>> relation;
    private final @Nullable RadioButtonGroup<Choice<String>> area;
    private final Language language;

    BackgroundScreen(FlowState state, Consumer<BackgroundScreen> onNext, Consumer<BackgroundScreen> onBack) {
        setHeading(getTranslation("flow.background.title"));
        language = state.language;
        add(new Paragraph(getTranslation("flow.background.lead")));
        Version version = state.dialogue.version();
        String suffix = version == Version.BARN ? ".child" : "";
        age = version == Version.BARN ? null : group("flow.background.age", AgeBand.askedIn(version), "age.",
                state.background.ageBand());
        gender = group("flow.background.gender" + suffix, List.of(Gender.values()), "gender" + suffix + ".",
                state.background.gender());
        relation = group("flow.background.relation" + suffix, List.of(Relation.values()), "relation" + suffix + ".",
                state.background.relation());
        area = state.dialogue.areaChoices().isEmpty() ? null : areaGroup(state);
        for (RadioButtonGroup<?> group : groups()) {
            add(group);
        }
        Button back = new Button(getTranslation("flow.back"), click -> onBack.accept(this));
        Button next = new Button(getTranslation("flow.next"), click -> onNext.accept(this));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        back.setDisableOnClick(true);
        next.setDisableOnClick(true);
        addActions(back, next);
    }

    /** Calls back whenever the person chooses something here. */
    void onActivity(Runnable activity) {
        groups().forEach(group -> group.addValueChangeListener(change -> activity.run()));
    }


    private <T extends Enum<T>> RadioButtonGroup<Choice<T>> group(String labelKey, List<T> values, String itemKey,
            @Nullable T current) {
        List<Choice<T>> choices = new ArrayList<>();
        for (T value : values) {
            choices.add(new Choice<>(value, getTranslation(itemKey + value.name())));
        }
        choices.add(new Choice<>(null, getTranslation("flow.background.noAnswer")));
        return radio(labelKey, choices, current);
    }

    /** The areas are the organisation's own words, in Swedish: marked so on a screen in another language. */
    private RadioButtonGroup<Choice<String>> areaGroup(FlowState state) {
        List<Choice<String>> choices = new ArrayList<>();
        state.dialogue.areaChoices().forEach(choice -> choices.add(new Choice<>(choice, choice)));
        choices.add(new Choice<>(null, getTranslation("flow.background.noAnswer")));
        RadioButtonGroup<Choice<String>> group = radio("flow.background.area", choices, state.background.area());
        group.setRenderer(new ComponentRenderer<>(choice -> choice.value() == null ? new Span(choice.label())
                : OrganisationText.mark(new Span(choice.label()), state.language)));
        return group;
    }

    private <T> RadioButtonGroup<Choice<T>> radio(String labelKey, List<Choice<T>> choices, @Nullable T current) {
        RadioButtonGroup<Choice<T>> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(choices);
        group.setItemLabelGenerator(Choice::label);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addClassName("background-question");
        if (current != null) {
            choices.stream().filter(c -> current.equals(c.value())).findFirst().ifPresent(group::setValue);
        }
        return group;
    }

    private List<RadioButtonGroup<?>> groups() {
        List<RadioButtonGroup<?>> groups = new ArrayList<>();
        if (age != null) {
            groups.add(age);
        }
        groups.add(gender);
        groups.add(relation);
        if (area != null) {
            groups.add(area);
        }
        return groups;
    }

    /** Read aloud: the heading and lead, then each question with its choices. */
    @Override
    protected List<ReadAloud.Part> spokenParts() {
        List<ReadAloud.Part> parts = new ArrayList<>(super.spokenParts());
        for (RadioButtonGroup<?> group : groups()) {
            parts.add(ReadAloud.Part.of(group.getLabel()));
            group.getListDataView().getItems().map(choice -> (Choice<?>) choice)
                    .map(choice -> group == area && choice.value() != null ? OrganisationText.spoken(choice.label(), language)
                            : ReadAloud.Part.of(choice.label()))
                    .forEach(parts::add);
        }
        return parts;
    }

    Background value() {
        return new Background(chosen(age), chosen(gender), chosen(relation), chosen(area));
    }

    private static <T> @Nullable T chosen(@Nullable RadioButtonGroup<Choice<T>> group) {
        return group == null || group.getValue() == null ? null : group.getValue().value();
    }
}
