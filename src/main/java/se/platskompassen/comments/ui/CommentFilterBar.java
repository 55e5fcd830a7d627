package se.platskompassen.comments.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentTag;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.place.Place;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.Comment;

/**
 * The filters above the comments: place, dialogue, version, period, theme, kind, text and tag.
 * Every change hands the whole new filter to the page; the text waits until typing pauses.
 */
class CommentFilterBar extends Div {

    /** "Works well", "could be better", or both. */
    enum KindChoice {
        ALL,
        WORKS_WELL,
        COULD_BE_BETTER
    }

    /** A choice in the tag filter: one tag, or comments without any tag. */
    record TagChoice(@Nullable CommentTag tag, String label) {
    }

    final ComboBox<Place> place = new ComboBox<>();
    final ComboBox<Dialogue> dialogue = new ComboBox<>();
    final Select<Version> version = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker until = new DatePicker();
    final ComboBox<Theme> theme = new ComboBox<>();
    final RadioButtonGroup<KindChoice> kind = new RadioButtonGroup<>();
    final TextField text = new TextField();
    final ComboBox<TagChoice> tag = new ComboBox<>();
    private final List<Dialogue> allDialogues;
    private final ZoneId zone;
    private final Consumer<CommentFilter> onChange;
    private boolean quiet;

    CommentFilterBar(List<Place> places, List<Dialogue> dialogues, Function<Theme, String> themeName, ZoneId zone,
            Consumer<CommentFilter> onChange) {
        this.allDialogues = List.copyOf(dialogues);
        this.zone = zone;
        this.onChange = onChange;
        addClassName("comment-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("comments.filter.label"));

        place.setLabel(getTranslation("comments.filter.place"));
        place.setItems(places);
        place.setItemLabelGenerator(Place::name);
        dialogue.setLabel(getTranslation("comments.filter.dialogue"));
        dialogue.setItems(dialogues);
        dialogue.setItemLabelGenerator(Dialogue::title);
        version.setLabel(getTranslation("comments.filter.version"));
        version.setItems(Version.values());
        version.setEmptySelectionAllowed(true);
        version.setEmptySelectionCaption(getTranslation("comments.filter.any"));
        version.setItemLabelGenerator(v -> v == null ? getTranslation("comments.filter.any")
                : getTranslation("comments.version." + v.name()));
        from.setLabel(getTranslation("comments.filter.from"));
        from.setLocale(getLocale());
        until.setLabel(getTranslation("comments.filter.until"));
        until.setLocale(getLocale());
        theme.setLabel(getTranslation("comments.filter.theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> t.number() + ". " + themeName.apply(t));
        kind.setLabel(getTranslation("comments.filter.kind"));
        kind.setItems(KindChoice.values());
        kind.setItemLabelGenerator(k -> getTranslation("comments.filter.kind." + k.name()));
        kind.setValue(KindChoice.ALL);
        text.setLabel(getTranslation("comments.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        tag.setLabel(getTranslation("comments.filter.tag"));
        tag.setItemLabelGenerator(TagChoice::label);
        for (ComboBox<?> box : List.of(place, dialogue, theme, tag)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("comments.filter.any"));
        }

        place.addValueChangeListener(change -> narrowDialogues(change.getValue()));
        List<HasValue<?, ?>> fields = List.of(place, dialogue, version, from, until, theme, kind, text, tag);
        fields.forEach(field -> field.addValueChangeListener(change -> changed()));
        Button clear = new Button(getTranslation("comments.filter.clear"), VaadinIcon.CLOSE_SMALL.create(),
                click -> clear());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClassName("comment-filters-clear");
        add(place, dialogue, version, from, until, theme, kind, text, tag, clear);
    }

    /** The tags to choose from changed (one was added, renamed or deleted); a chosen one stays chosen. */
    void setTags(List<CommentTag> tags) {
        List<TagChoice> choices = new ArrayList<>();
        choices.add(new TagChoice(null, getTranslation("comments.filter.tag.untagged")));
        tags.forEach(t -> choices.add(new TagChoice(t, t.name())));
        TagChoice chosen = tag.getValue();
        quiet = true;
        tag.setItems(choices);
        tag.setValue(chosen == null ? null : choices.stream().filter(c -> same(c, chosen)).findFirst().orElse(null));
        quiet = false;
        if (chosen != null && tag.getValue() == null) {
            changed();
        }
    }

    /** Shows the comments with one tag (from the tags panel). */
    void showTag(CommentTag shown) {
        tag.getListDataView().getItems().filter(c -> c.tag() != null && c.tag().id() == shown.id()).findFirst()
                .ifPresent(tag::setValue);
    }

    CommentFilter filter() {
        CommentFilter filter = CommentFilter.ALL.withText(text.getValue());
        if (place.getValue() != null) {
            filter = filter.withPlaces(Set.of(place.getValue().id()));
        }
        if (dialogue.getValue() != null) {
            filter = filter.withDialogues(Set.of(dialogue.getValue().id()));
        }
        if (version.getValue() != null) {
            filter = filter.withVersions(Set.of(version.getValue()));
        }
        filter = filter.withPeriod(from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(zone).toInstant());
        if (theme.getValue() != null) {
            filter = filter.withThemes(Set.of(theme.getValue()));
        }
        if (kind.getValue() != null && kind.getValue() != KindChoice.ALL) {
            filter = filter.withKind(Comment.Kind.valueOf(kind.getValue().name()));
        }
        TagChoice chosen = tag.getValue();
        if (chosen != null) {
            filter = chosen.tag() == null ? filter.withoutAnyTag() : filter.withTag(chosen.tag().id());
        }
        return filter;
    }

    private void narrowDialogues(@Nullable Place chosen) {
        Dialogue current = dialogue.getValue();
        List<Dialogue> shown = chosen == null ? allDialogues
                : allDialogues.stream().filter(d -> d.placeId() == chosen.id()).toList();
        quiet = true;
        dialogue.setItems(shown);
        dialogue.setValue(current != null && shown.contains(current) ? current : null);
        quiet = false;
    }

    private void clear() {
        quiet = true;
        List<HasValue<?, ?>> fields = List.of(place, dialogue, version, from, until, theme, text, tag);
        fields.forEach(HasValue::clear);
        kind.setValue(KindChoice.ALL);
        quiet = false;
        changed();
    }

    private void changed() {
        if (!quiet) {
            LocalDate start = from.getValue();
            LocalDate end = until.getValue();
            until.setMin(start);
            from.setMax(end);
            onChange.accept(filter());
        }
    }

    private static boolean same(TagChoice a, TagChoice b) {
        return a.tag() == null ? b.tag() == null : b.tag() != null && a.tag().id() == b.tag().id();
    }
}
