package se.platskompassen.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.testing.KaribuTest;

/**
 * A planner compares the demo dialogue with the Climate Lens against its own climate answers
 * (decision 0038): "Klimatlinsen" on a series row makes it the climate series of the same choice.
 */
class ClimateCompareViewTest extends KaribuTest {

    @Autowired JdbcClient jdbc;

    private long climateDialogue() {
        return jdbc.sql("SELECT id FROM dialogue WHERE join_code = 'DEMO-KLIMAT'").query(Long.class).single();
    }

    @Test
    void the_address_names_a_climate_series_and_the_checkbox_makes_one() {
        signInAs("kommun-samordnare");
        long dialogue = climateDialogue();
        navigate("compare?s=dialogue:" + dialogue + "&s=climate:dialogue:" + dialogue);

        SeriesPicker picker = _get(SeriesPicker.class);
        assertThat(picker.shown).hasSize(2);
        assertThat(picker.shown.get(0).climate.getValue()).isFalse();
        assertThat(picker.shown.get(1).climate.getValue()).isTrue();
        assertThat(picker.shown.get(1).climate.getAriaLabel()).contains("Serie 2: Klimatlinsens svar");
        String compass = _get(CompassView.class).getElement().getTextRecursively();
        assertThat(compass).contains("Åby i ett nytt klimat – Klimatlinsen");
        assertThat(_get(ComparisonTable.class).table.getElement().getTextRecursively())
                .contains("Åby i ett nytt klimat – Klimatlinsen");

        _setValue(picker.shown.get(1).climate, false);
        _setValue(picker.shown.get(0).climate, true);
        assertThat(picker.value()).extracting(Object::toString)
                .containsExactly("ClimateOf[of=OfDialogue[dialogueId=" + dialogue + "]]",
                        "OfDialogue[dialogueId=" + dialogue + "]");
    }
}
