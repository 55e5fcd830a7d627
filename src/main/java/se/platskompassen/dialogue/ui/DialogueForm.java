package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Version;

/**
 * What a facilitator sets for a dialogue. Reading the form checks every field and marks the ones
 * that are wrong, in the reader's language; nothing typed is lost.
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
    private final ZoneId zone;

    DialogueForm(ZoneId zone) {
        this.zone = zone;
        addClassName("dialogue-form");
        title.setLabel(getTranslation("dialogue.form.title"));
        title.setMaxLength(DialogueSettings.MAX_TITLE);
        title.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        title.setRequiredIndicatorVisible(true);
        counter(title, DialogueSettings.MAX_TITLE);
        intro.setLabel(getTranslation("dialogue.form.intro"));
        intro.setMaxLength(DialogueSettings.MAX_INTRO);
        intro.setHelperText(getTranslation("dialogue.form.intro.helper"));
        version.setLabel(getTranslation("dialogue.form.version"));
        version.setItems(Version.values());
        version.setItemLabelGenerator(v -> getTranslation("dialogue.version." + v.name()));
        version.setValue(Version.VUXEN);
        languages.setLabel(getTranslation("dialogue.form.languages"));
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(language -> getTranslation("language." + language.code()));
        languages.setValue(EnumSet.allOf(Language.class));
        kind.setLabel(getTranslation("dialogue.form.kind"));
        kind.setItems(DialogueKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("dialogue.kind." + k.name()));
        kind.setValue(DialogueKind.BOTH);
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
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private static void counter(TextField field, int max) {
        field.setHelperText("0/" + max);
        field.addValueChangeListener(change -> field.setHelperText(change.getValue().length() + "/" + max));
    }

    void fill(DialogueSettings settings) {
        title.setValue(settings.title());
        intro.setValue(settings.intro() == null ? "" : settings.intro());
        version.setValue(settings.version());
        languages.setValue(settings.languages());
        kind.setValue(settings.kind());
        opensAt.setValue(local(settings.opensAt()));
        closesAt.setValue(local(settings.closesAt()));
        areaChoices.setValue(String.join("\n", settings.areaChoices()));
    }

    /** Residents may already have answered: the questionnaire version stays as it is. */
    void lockVersion() {
        version.setReadOnly(true);
        version.setHelperText(getTranslation("dialogue.form.version.locked"));
    }

    /** The settings, or empty with the wrong fields marked. */
    Optional<DialogueSettings> read() {
        clearErrors();
        boolean ok = true;
        if (title.getValue().isBlank()) {
            ok = invalid(title, "dialogue.form.title.required");
        }
        if (languages.getValue().isEmpty()) {
            languages.setErrorMessage(getTranslation("dialogue.form.languages.required"));
            languages.setInvalid(true);
            ok = false;
        }
        List<String> areas = Arrays.stream(areaChoices.getValue().split("\\R")).map(String::strip)
                .filter(area -> !area.isEmpty()).distinct().toList(); // counted as the dialogue keeps them
        if (areas.size() > DialogueSettings.MAX_AREA_CHOICES
                || areas.stream().anyMatch(area -> area.length() > DialogueSettings.MAX_AREA_CHOICE)) {
            areaChoices.setErrorMessage(getTranslation("dialogue.form.areas.tooMany",
                    DialogueSettings.MAX_AREA_CHOICES, DialogueSettings.MAX_AREA_CHOICE));
            areaChoices.setInvalid(true);
            ok = false;
        }
        Instant opens = instant(opensAt.getValue());
        Instant closes = instant(closesAt.getValue());
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            closesAt.setErrorMessage(getTranslation("dialogue.form.closesAt.beforeOpen"));
            closesAt.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new DialogueSettings(title.getValue(), intro.getValue(), version.getValue(),
                languages.getValue(), kind.getValue(), opens, closes, areas));
    }

    private boolean invalid(TextField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }

    private void clearErrors() {
        title.setInvalid(false);
        languages.setInvalid(false);
        areaChoices.setInvalid(false);
        closesAt.setInvalid(false);
    }

    private @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
