package se.platskompassen.place.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;

/**
 * The form for a new place and for changing one, in a dialog, bound with a {@link Binder}. Errors
 * show next to their fields in the reader's language, from the first try to save on (and then as
 * the person corrects them); the dialog stays open with everything typed until the place is saved.
 */
class PlaceForm extends Dialog {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}([.,]\\d+)?");

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final TextField area = new TextField();
    final TextField latitude = new TextField();
    final TextField longitude = new TextField();
    final Button save = new Button();
    private final Paragraph formError = new Paragraph();
    private final Binder<Draft> binder = new Binder<>();
    private final PlaceService places;
    private final @Nullable Long placeId;
    private final Consumer<Place> onSaved;

    /** The place as the form holds it; the binder writes it only when every field is right. */
    private static final class Draft {
        String name = "";
        String description = "";
        String area = "";
        String latitude = "";
        String longitude = "";
    }

    /** A form for a new place ({@code editing} null) or for changing one. */
    PlaceForm(PlaceService places, @Nullable Place editing, Consumer<Place> onSaved) {
        this.places = places;
        this.placeId = editing == null ? null : editing.id();
        this.onSaved = onSaved;
        addClassName("place-form");
        setHeaderTitle(getTranslation(editing == null ? "places.form.newTitle" : "places.form.editTitle"));
        setCloseOnOutsideClick(false);
        setWidth("40rem");
        setMaxWidth("100%");

        limit(name, "places.form.name", PlaceDetails.MAX_NAME);
        count(name, PlaceDetails.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        limit(description, "places.form.description", PlaceDetails.MAX_DESCRIPTION);
        count(description, PlaceDetails.MAX_DESCRIPTION);
        limit(area, "places.form.area", PlaceDetails.MAX_AREA);
        area.setHelperText(getTranslation("places.form.area.helper"));
        coordinate(latitude, "places.form.latitude");
        coordinate(longitude, "places.form.longitude");
        bind();
        binder.readBean(editing == null ? new Draft() : draftOf(editing.details()));

        formError.addClassName("place-form-error");
        formError.setVisible(false);
        formError.getElement().setAttribute("role", "alert");
        FormLayout fields = new FormLayout(name, description, area, latitude, longitude);
        fields.setColspan(name, 2);
        fields.setColspan(description, 2);
        fields.setColspan(area, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(formError, fields);

        save.setText(getTranslation("places.form.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("places.form.cancel"), click -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                name.focus();
            }
        });
    }

    /**
     * The rules of each field. A coordinate needs its partner, so every change checks the whole
     * form again; and nothing is marked before the first try to save.
     */
    private void bind() {
        binder.setDefaultValidatorsEnabled(false);
        binder.setValidatorsDisabled(true);
        binder.forField(name)
                .withValidator(text -> !text.isBlank(), getTranslation("places.form.error.nameRequired"))
                .withValidator(atMost(PlaceDetails.MAX_NAME))
                .bind(draft -> draft.name, (draft, text) -> draft.name = text.strip());
        binder.forField(description).withValidator(atMost(PlaceDetails.MAX_DESCRIPTION))
                .bind(draft -> draft.description, (draft, text) -> draft.description = text);
        binder.forField(area).withValidator(atMost(PlaceDetails.MAX_AREA))
                .bind(draft -> draft.area, (draft, text) -> draft.area = text);
        binder.forField(latitude)
                .withValidator(coordinate(90, "places.form.error.latitudeRange", longitude,
                        "places.form.error.latitudeMissing"))
                .bind(draft -> draft.latitude, (draft, text) -> draft.latitude = text);
        binder.forField(longitude)
                .withValidator(coordinate(180, "places.form.error.longitudeRange", latitude,
                        "places.form.error.longitudeMissing"))
                .bind(draft -> draft.longitude, (draft, text) -> draft.longitude = text);
        binder.addValueChangeListener(change -> {
            if (!binder.isValidatorsDisabled()) {
                binder.validate();
                formError.setVisible(false);
            }
        });
    }

    private static Draft draftOf(PlaceDetails details) {
        Draft draft = new Draft();
        draft.name = details.name();
        draft.description = orEmpty(details.description());
        draft.area = orEmpty(details.area());
        draft.latitude = details.latitude() == null ? "" : String.valueOf(details.latitude());
        draft.longitude = details.longitude() == null ? "" : String.valueOf(details.longitude());
        return draft;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private void limit(TextField field, String labelKey, int max) {
        field.setMaxLength(max);
        field.setManualValidation(true);
        field.setLabel(getTranslation(labelKey));
    }

    private void limit(TextArea field, String labelKey, int max) {
        field.setMaxLength(max);
        field.setManualValidation(true);
        field.setLabel(getTranslation(labelKey));
    }

    /** Shows below the field how many of its characters are used, as the person types. */
    private void count(TextFieldBase<?, String> field, int max) {
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setHelperText(getTranslation("places.form.count", 0, max));
        field.addValueChangeListener(change ->
                field.setHelperText(getTranslation("places.form.count", change.getValue().length(), max)));
    }

    private void coordinate(TextField field, String labelKey) {
        field.setHelperText(getTranslation("places.form.coordinates.helper"));
        field.setAllowedCharPattern("[0-9.,+\\-−]");
        field.getElement().setAttribute("inputmode", "decimal");
        field.setManualValidation(true);
        field.setLabel(getTranslation(labelKey));
    }

    private Validator<String> atMost(int max) {
        return Validator.from(text -> text.strip().length() <= max, getTranslation("places.form.error.tooLong", max));
    }

    /**
     * A coordinate in decimal degrees within {@code bound}; empty only when {@code partner} is
     * empty too, since a place is on the map with both or with neither.
     */
    private Validator<String> coordinate(double bound, String rangeKey, TextField partner, String missingKey) {
        return (typed, context) -> {
            String text = normalised(typed);
            if (text.isEmpty()) {
                return normalised(partner.getValue()).isEmpty() ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation(missingKey));
            }
            if (!DECIMAL.matcher(text).matches()) {
                return ValidationResult.error(getTranslation("places.form.error.notANumber"));
            }
            return Math.abs(number(text)) > bound ? ValidationResult.error(getTranslation(rangeKey))
                    : ValidationResult.ok();
        };
    }

    private static String normalised(String typed) {
        return typed.strip().replace('−', '-');
    }

    private static double number(String normalised) {
        return Double.parseDouble(normalised.replace(',', '.'));
    }

    private static @Nullable Double coordinateOf(String typed) {
        String text = normalised(typed);
        return text.isEmpty() ? null : number(text);
    }

    private void save() {
        binder.setValidatorsDisabled(false);
        formError.setVisible(false);
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            binder.validate().getFieldValidationErrors().stream().map(BindingValidationStatus::getField)
                    .filter(Focusable.class::isInstance).map(Focusable.class::cast).findFirst()
                    .ifPresent(Focusable::focus);
            return;
        }
        PlaceDetails details = new PlaceDetails(draft.name, draft.description, draft.area,
                coordinateOf(draft.latitude), coordinateOf(draft.longitude));
        try {
            Place saved = placeId == null ? places.create(details) : places.update(placeId, details);
            close();
            onSaved.accept(saved);
        } catch (IllegalArgumentException e) {
            formError.setText(getTranslation("places.form.error.notSaved"));
            formError.setVisible(true);
        }
    }
}
