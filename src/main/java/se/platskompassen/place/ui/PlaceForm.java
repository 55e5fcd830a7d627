package se.platskompassen.place.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;

/**
 * The form for a new place and for changing one, in a dialog. Errors show next to their fields
 * in the reader's language; the dialog stays open with everything typed until the place is saved.
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
    private final PlaceService places;
    private final @Nullable Long placeId;
    private final Consumer<Place> onSaved;
    private boolean triedToSave;

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
        if (editing != null) {
            fill(editing.details());
        }

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

    private void fill(PlaceDetails details) {
        name.setValue(details.name());
        description.setValue(orEmpty(details.description()));
        area.setValue(orEmpty(details.area()));
        latitude.setValue(details.latitude() == null ? "" : String.valueOf(details.latitude()));
        longitude.setValue(details.longitude() == null ? "" : String.valueOf(details.longitude()));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private void limit(TextField field, String labelKey, int max) {
        field.setMaxLength(max);
        field.setManualValidation(true);
        watch(field, labelKey);
    }

    private void limit(TextArea field, String labelKey, int max) {
        field.setMaxLength(max);
        field.setManualValidation(true);
        watch(field, labelKey);
    }

    private void watch(TextFieldBase<?, String> field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.addValueChangeListener(change -> revalidate());
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
        watch(field, labelKey);
    }

    private void revalidate() {
        if (triedToSave) {
            validate();
        }
    }

    private void save() {
        triedToSave = true;
        PlaceDetails details = validate();
        if (details == null) {
            return;
        }
        try {
            Place saved = placeId == null ? places.create(details) : places.update(placeId, details);
            close();
            onSaved.accept(saved);
        } catch (IllegalArgumentException e) {
            formError.setText(getTranslation("places.form.error.notSaved"));
            formError.setVisible(true);
        }
    }

    /** Checks every field, shows what is wrong next to it, and gives the details when all is right. */
    private @Nullable PlaceDetails validate() {
        List<Focusable<?>> wrong = new ArrayList<>();
        String nameText = name.getValue().strip();
        check(name, nameText.isEmpty() ? getTranslation("places.form.error.nameRequired")
                : tooLong(nameText, PlaceDetails.MAX_NAME), wrong);
        check(description, tooLong(description.getValue().strip(), PlaceDetails.MAX_DESCRIPTION), wrong);
        check(area, tooLong(area.getValue().strip(), PlaceDetails.MAX_AREA), wrong);
        Coordinate lat = Coordinate.read(latitude.getValue(), 90);
        Coordinate lon = Coordinate.read(longitude.getValue(), 180);
        check(latitude, lat.error(this, "places.form.error.latitudeRange", lon.missing() ? null
                : "places.form.error.latitudeMissing"), wrong);
        check(longitude, lon.error(this, "places.form.error.longitudeRange", lat.missing() ? null
                : "places.form.error.longitudeMissing"), wrong);
        formError.setVisible(false);
        if (!wrong.isEmpty()) {
            wrong.getFirst().focus();
            return null;
        }
        return new PlaceDetails(nameText, description.getValue(), area.getValue(), lat.value(), lon.value());
    }

    private @Nullable String tooLong(String text, int max) {
        return text.length() > max ? getTranslation("places.form.error.tooLong", max) : null;
    }

    private static <F extends HasValidation & Focusable<?>> void check(F field, @Nullable String error,
            List<Focusable<?>> wrong) {
        field.setErrorMessage(error);
        field.setInvalid(error != null);
        if (error != null) {
            wrong.add(field);
        }
    }

    /** A typed coordinate: empty, a number within its bounds, or something wrong. */
    private record Coordinate(@Nullable Double value, boolean missing, boolean notANumber, boolean outOfRange) {

        static Coordinate read(String typed, double bound) {
            String text = typed.strip().replace('−', '-');
            if (text.isEmpty()) {
                return new Coordinate(null, true, false, false);
            }
            if (!DECIMAL.matcher(text).matches()) {
                return new Coordinate(null, false, true, false);
            }
            double value = Double.parseDouble(text.replace(',', '.'));
            return new Coordinate(value, false, false, Math.abs(value) > bound);
        }

        /**
         * What is wrong with this coordinate: not a number, out of range, or (with
         * {@code missingKey}, when the other one is given) missing.
         */
        @Nullable String error(PlaceForm form, String rangeKey, @Nullable String missingKey) {
            if (notANumber) {
                return form.getTranslation("places.form.error.notANumber");
            }
            if (outOfRange) {
                return form.getTranslation(rangeKey);
            }
            return missing && missingKey != null ? form.getTranslation(missingKey) : null;
        }
    }
}
