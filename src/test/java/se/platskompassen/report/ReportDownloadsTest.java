package se.platskompassen.report;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.analysis.AnalysisScene;
import se.platskompassen.base.ui.ReportDownload;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/** The PDF report's download controls on the export page and on the compare page. */
class ReportDownloadsTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired DiscussionService discussions;
    @Autowired JdbcClient jdbc;

    /** The fixed data set in a fresh organisation, and an analyst of it signed in. */
    private ReportData dataAsAnalyst() {
        ReportData data = ReportData.create(tenants, places, dialogues, respondents, discussions);
        signInAs(tenants.newStaff(data.organisation().id(), Role.ANALYST));
        return data;
    }

    private static Anchor link() {
        return _get(Anchor.class, spec -> spec.withText("Ladda ner PDF-rapporten"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Language> language() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Rapportens språk"));
    }

    private static String downloaded() throws IOException {
        byte[] pdf = DownloadKt._download(link());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        return ReportGoldenTest.text(pdf);
    }

    @Test
    void the_export_page_downloads_the_dialogue_report_in_the_chosen_language() throws IOException {
        ReportData data = dataAsAnalyst();
        navigate("dialogues/" + data.evening().id() + "/export");

        assertThat(_get(ReportDownload.class)).isNotNull();
        assertThat(link().getElement().hasAttribute("download")).isTrue();
        assertThat(link().getClassNames()).as("styled as a 48 px button").contains("report-download-link");
        assertThat(link().getElement().getAttribute("aria-label")).isEqualTo("Ladda ner PDF-rapporten: svenska");
        assertThat(language().getValue()).as("the page's language first").isEqualTo(Language.SV);
        assertThat(downloaded()).contains("Rapport från en platsdialog", "Stora torget", "Kvällsmöte på torget",
                "Svarande: 6");

        _setValue(language(), Language.EN);
        assertThat(link().getElement().getAttribute("aria-label")).isEqualTo("Ladda ner PDF-rapporten: English");
        assertThat(downloaded()).contains("Report of a place dialogue", "Respondents: 6", "About the method");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND organisation_id = :o "
                        + "AND details LIKE 'PDF report%'").param("o", data.organisation().id()).query(Long.class).single())
                .as("every download logged").isEqualTo(2);
    }

    @Test
    void the_compare_page_downloads_the_comparison_it_shows() throws IOException {
        ReportData data = dataAsAnalyst();
        navigate("compare?s=dialogue:" + data.evening().id() + "&s=dialogue:" + data.small().id());

        assertThat(downloaded()).contains("Jämförelse mellan serier", "1. Kvällsmöte på torget", "2. Liten grupp",
                "Svarande: 6", "Svarande: färre än 5 svar");

        _setValue(language(), Language.EN);
        assertThat(downloaded()).contains("Comparison of series", "Respondents: 6", "Protecting small groups");
    }

    @Test
    void the_comparison_report_names_a_language_group_and_the_languages_filtered_to() throws IOException {
        AnalysisScene.make(tenants, places, dialogues, respondents);
        navigate("compare?s=all&s=group:LANGUAGE:ar");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Language> languages = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Språk som svaren gavs på"));
        assertThat(downloaded()).contains("Språk: arabiska").doesNotContain("Språk som svaren gavs på");

        _setValue(languages, Set.of(Language.AR, Language.SV));
        assertThat(downloaded()).contains("Språk: arabiska", "Språk som svaren gavs på: svenska, arabiska");
        tenants.signOut();
    }
}
