package se.platskompassen.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/** Several dialogues in one file: chosen in a list, filtered by place and version. */
class MultiExportViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired DialogueService dialogues;
    @Autowired PlaceService places;
    @Autowired JdbcClient jdbc;

    private Dialogue torget;
    private Dialogue parken;
    private Dialogue parkenBarn;

    /** One organisation with three dialogues at two places, each with responses; an analyst signed in on /export. */
    private void threeDialogues() {
        torget = tenants.newDialogue(Version.VUXEN);
        long park = places.create(PlaceDetails.named("Parken")).id();
        parken = dialogue(park, "Parkvandring", Version.VUXEN);
        parkenBarn = dialogue(park, "Parken med skolan", Version.BARN);
        record(torget, 2);
        record(parken, 3);
        record(parkenBarn, 1);
        signInAs(tenants.newStaff(torget.organisationId(), Role.ANALYST));
        navigate("export");
    }

    private Dialogue dialogue(long placeId, String title, Version version) {
        return dialogues.createWithCode(placeId, new DialogueSettings(title, null, version, EnumSet.of(Language.SV),
                DialogueKind.INDIVIDUAL, null, null, List.of()),
                "M-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('0', 'O'),
                DialogueStatus.OPEN);
    }

    private void record(Dialogue dialogue, int people) {
        respondents.in(dialogue).count(people).startingAt(Instant.parse("2026-05-04T17:00:00Z"))
                .score(Theme.MOVING_AROUND, 1).record();
    }

    @SuppressWarnings("unchecked")
    private static Grid<MultiExportView.Row> list() {
        return _get(Grid.class, spec -> spec.withClasses("multi-export-grid"));
    }

    private static void choose(Dialogue... chosen) {
        Grid<MultiExportView.Row> grid = list();
        for (Dialogue dialogue : chosen) {
            grid.getListDataView().getItems().filter(row -> row.id() == dialogue.id()).forEach(grid::select);
        }
    }

    private static Anchor downloadLink() {
        return _get(Anchor.class, spec -> spec.withText("Ladda ner filen"));
    }

    private static String chosenText() {
        return _get(Paragraph.class, spec -> spec.withClasses("multi-export-chosen")).getText();
    }

    private List<String> dialogueIdsInCsv() {
        String csv = new String(DownloadKt._download(downloadLink()), StandardCharsets.UTF_8);
        return csv.lines().skip(1).map(line -> line.split(",")[1]).toList();
    }

    @Test
    void the_chosen_dialogues_download_as_one_file_with_every_row_naming_its_dialogue() {
        threeDialogues();

        assertThat(GridKt._size(list())).isEqualTo(3);
        assertThat(downloadLink().isEnabled()).isFalse();
        assertThat(chosenText()).isEqualTo("Ingen dialog är vald. Välj en eller flera i listan.");

        choose(torget, parken);

        assertThat(chosenText()).isEqualTo("2 dialoger valda, med 5 avslutade svar.");
        assertThat(downloadLink().isEnabled()).isTrue();
        List<String> ids = dialogueIdsInCsv();
        assertThat(ids).hasSize(5);
        assertThat(ids).containsOnly(String.valueOf(torget.id()), String.valueOf(parken.id()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE organisation_id = :o AND action = 'EXPORT'")
                .param("o", torget.organisationId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_filter_leaves_only_what_it_shows_chosen() {
        threeDialogues();
        choose(torget, parken, parkenBarn);

        @SuppressWarnings("unchecked")
        Select<Version> version = _get(Select.class, spec -> spec.withLabel("Version"));
        _setValue(version, Version.BARN);

        assertThat(GridKt._size(list())).isEqualTo(1);
        assertThat(chosenText()).isEqualTo("1 dialog vald, med 1 avslutade svar.");
        assertThat(dialogueIdsInCsv()).containsExactly(String.valueOf(parkenBarn.id()));
    }

    @Test
    void only_the_organisations_own_dialogues_are_listed() {
        Dialogue elsewhere = tenants.newDialogue(Version.VUXEN);
        threeDialogues();

        assertThat(list().getListDataView().getItems().map(MultiExportView.Row::id))
                .containsExactlyInAnyOrder(torget.id(), parken.id(), parkenBarn.id())
                .doesNotContain(elsewhere.id());
    }

    @Test
    void the_export_narrows_to_the_chosen_languages_and_each_row_names_its_language() {
        threeDialogues();
        signInAs(tenants.newStaff(torget.organisationId(), Role.ORGANISATION_ADMIN));
        respondents.in(torget).language(Language.AR).startingAt(Instant.parse("2026-05-04T18:00:00Z"))
                .score(Theme.MOVING_AROUND, 4).record();
        respondents.in(parken).language(Language.SV_EASY).startingAt(Instant.parse("2026-05-04T18:00:00Z"))
                .score(Theme.MOVING_AROUND, 4).record();
        navigate("export");
        choose(torget, parken);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Language> languages = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Språk som svaren gavs på"));
        assertThat(languages.getPlaceholder()).isEqualTo("Alla språk");
        assertThat(languagesInCsv()).hasSize(7);

        _setValue(languages, Set.of(Language.AR, Language.SV_EASY));
        assertThat(languagesInCsv()).containsExactlyInAnyOrder("ar", "sv-x-easy");

        _setValue(languages, Set.of(Language.SV));
        assertThat(languagesInCsv()).hasSize(5).containsOnly("sv");
    }

    /** The language column of every row of the wide CSV the link downloads now. */
    private List<String> languagesInCsv() {
        String csv = new String(DownloadKt._download(downloadLink()), StandardCharsets.UTF_8);
        return csv.lines().skip(1).map(line -> line.split(",")[7]).toList();
    }
}
