package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.questionnaire.ui.LanguageNames;

/**
 * What a facilitator sets for a dialogue, bound with a {@link Binder}. Reading the form checks
 * every field and marks the ones that are wrong, in the reader's language; from then on every
 * change checks the form again (the closing time depends on the opening time). Nothing typed is lost.
 */
class DialogueForm extends FormLayout {

    final TextField title = new TextField();
    final TextArea intro = new TextArea();
    final RadioButtonGroup<Version> version = new RadioButtonGroup<>();
    final CheckboxGroup<Language> languages = new CheckboxGroup<>();
    final RadioButtonGroup<DialogueKind> kind = new RadioButtonGroup<>();
    final DateTimePicker opensAt = new DateTimePicker();
    final DateTimePicker closesAt = new DateTimePicker();
    final TextArea areaChoices = new TextArea();
    final Checkbox climateLens = new Checkbox();
    private final ZoneId zone;
    private final LanguagePacks packs;
    private final Binder<Draft> binder = new Binder<>();
    private Draft shown = new Draft();

    /** The settings as the form holds them; the binder writes a copy only when every field is right. */
    private static final class Draft {
        String title = "";
        String intro = "";
        Version version = Version.VUXEN;
        Set<Language> languages = EnumSet.of(Language.SV); // decision 0033: staff add the languages residents speak
        DialogueKind kind = DialogueKind.BOTH;
        @Nullable LocalDateTime opensAt;
        @Nullable LocalDateTime closesAt;
        String areaChoices = "";
        boolean climateLens;

        Draft copy() {
            Draft copy = new Draft();
            copy.title = title;
            copy.intro = intro;
            copy.version = version;
            copy.languages = languages;
            copy.kind = kind;
            copy.opensAt = opensAt;
            copy.closesAt = closesAt;
            copy.areaChoices = areaChoices;
            copy.climateLens = climateLens;
            return copy;
        }
    }

    DialogueForm(ZoneId zone, LanguagePacks packs) {
        this.zone = zone;
        this.packs = packs;
        addClassName("dialogue-form");
        title.setLabel(getTranslation("dialogue.form.title"));
        title.setMaxLength(DialogueSettings.MAX_TITLE);
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.setRequiredIndicatorVisible(true);
        counter(title, DialogueSettings.MAX_TITLE);
        intro.setLabel(getTranslation("dialogue.form.intro"));
        intro.setMaxLength(DialogueSettings.MAX_INTRO);
        intro.setHelperText(getTranslation("dialogue.form.intro.helper"));
        version.setLabel(getTranslation("dialogue.form.version"));
        version.setItems(Version.values());
        version.setItemLabelGenerator(v -> getTranslation("dialogue.version." + v.name()));
        languages.setLabel(getTranslation("dialogue.form.languages"));
        languages.setHelperText(getTranslation("dialogue.form.languages.helper"));
        offerLanguages(Set.of());
        languages.setItemLabelGenerator(language -> LanguageNames.withStatus(this, packs, language));
        kind.setLabel(getTranslation("dialogue.form.kind"));
        kind.setItems(DialogueKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("dialogue.kind." + k.name()));
        opensAt.setLabel(getTranslation("dialogue.form.opensAt"));
        closesAt.setLabel(getTranslation("dialogue.form.closesAt"));
        opensAt.setHelperText(getTranslation("dialogue.form.times.helper"));
        areaChoices.setLabel(getTranslation("dialogue.form.areas"));
        areaChoices.setHelperText(getTranslation("dialogue.form.areas.helper"));
        add(title, 2);
        add(intro, 2);
        add(version, languages, kind);
        add(opensAt, closesAt);
        add(areaChoices, 2);
        climateLens.setLabel(getTranslation("dialogue.form.climateLens"));
        climateLens.setHelperText(getTranslation("dialogue.form.climateLens.helper"));
        add(climateLens, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        bind();
        binder.readBean(shown);
    }

    /** The rules of each field; nothing is marked before the form is first read. */
    private void bind() {
        binder.setDefaultValidatorsEnabled(false);
        binder.setValidatorsDisabled(true);
        binder.forField(title)
                .withValidator(text -> !text.isBlank(), getTranslation("dialogue.form.title.required"))
                .bind(draft -> draft.title, (draft, text) -> draft.title = text);
        binder.forField(intro).bind(draft -> draft.intro, (draft, text) -> draft.intro = text);
        binder.forField(version).bind(draft -> draft.version, (draft, chosen) -> draft.version = chosen);
        binder.forField(languages)
                .withValidator(chosen -> !chosen.isEmpty(), getTranslation("dialogue.form.languages.required"))
                .bind(draft -> draft.languages, (draft, chosen) -> draft.languages = chosen);
        binder.forField(kind).bind(draft -> draft.kind, (draft, chosen) -> draft.kind = chosen);
        binder.forField(opensAt).bind(draft -> draft.opensAt, (draft, time) -> draft.opensAt = time);
        binder.forField(closesAt)
                .withValidator(Validator.from(closes -> closes == null || opensAt.getValue() == null
                        || closes.isAfter(opensAt.getValue()), getTranslation("dialogue.form.closesAt.beforeOpen")))
                .bind(draft -> draft.closesAt, (draft, time) -> draft.closesAt = time);
        binder.forField(areaChoices)
                .withValidator(text -> areas(text).size() <= DialogueSettings.MAX_AREA_CHOICES
                        && areas(text).stream().allMatch(area -> area.length() <= DialogueSettings.MAX_AREA_CHOICE),
                        getTranslation("dialogue.form.areas.tooMany", DialogueSettings.MAX_AREA_CHOICES,
                                DialogueSettings.MAX_AREA_CHOICE))
                .bind(draft -> draft.areaChoices, (draft, text) -> draft.areaChoices = text);
        binder.forField(climateLens).bind(draft -> draft.climateLens, (draft, on) -> draft.climateLens = on);
        binder.addValueChangeListener(change -> {
            if (!binder.isValidatorsDisabled()) {
                binder.validate();
            }
        });
    }

    /** The area choices as the dialogue keeps them: one a line, trimmed, blank lines and repeats dropped. */
    private static List<String> areas(String typed) {
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(area -> !area.isEmpty()).distinct()
                .toList();
    }

    private static void counter(TextField field, int max) {
        field.setHelperText("0/" + max);
        field.addValueChangeListener(change -> field.setHelperText(change.getValue().length() + "/" + max));
    }

    void fill(DialogueSettings settings) {
        shown = new Draft();
        shown.title = settings.title();
        shown.intro = settings.intro() == null ? "" : settings.intro();
        shown.version = settings.version();
        shown.languages = settings.languages();
        offerLanguages(settings.languages());
        shown.kind = settings.kind();
        shown.opensAt = local(settings.opensAt());
        shown.closesAt = local(settings.closesAt());
        shown.areaChoices = String.join("\n", settings.areaChoices());
        shown.climateLens = settings.climateLens();
        binder.readBean(shown);
    }

    /**
     * The languages that have a pack (with its own name and review status), and those the
     * dialogue already offers even if their pack has gone, so that saving keeps them.
     */
    private void offerLanguages(Set<Language> offered) {
        Set<Language> items = EnumSet.noneOf(Language.class);
        items.addAll(packs.available());
        items.addAll(offered);
        languages.setItems(items);
    }

    /** Residents may already have answered: the questionnaire version stays as it is. */
    void lockVersion() {
        version.setReadOnly(true);
        version.setHelperText(getTranslation("dialogue.form.version.locked"));
    }

    /** The settings, or empty with the wrong fields marked. */
    Optional<DialogueSettings> read() {
        binder.setValidatorsDisabled(false);
        Draft draft = shown.copy(); // a locked version is not written back, so it keeps what was shown
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new DialogueSettings(draft.title, draft.intro, draft.version, draft.languages, draft.kind,
                instant(draft.opensAt), instant(draft.closesAt), areas(draft.areaChoices), draft.climateLens));
    }

    private @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
