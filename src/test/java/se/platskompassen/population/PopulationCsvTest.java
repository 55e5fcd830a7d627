package se.platskompassen.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/** Reading population tables as Statistics Sweden publishes them (docs/population-csv.md). */
class PopulationCsvTest {

    @Test
    void single_years_from_statistikdatabasen_are_added_up_into_the_questionnaires_bands() throws IOException {
        PopulationCsv.Result result = PopulationCsv.read(file("scb-single-years.csv"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.year()).isEqualTo(2024);
        long all = result.people().values().stream().mapToLong(Long::longValue).sum();
        assertThat(all).isPositive();
        // Ages 0 to 12 are thirteen single years per sex, all in "under 13".
        assertThat(result.people()).containsKey(new PopulationCell(AgeBand.UNDER_13, Gender.MAN));
    }

    @Test
    void five_year_groups_that_lie_in_one_band_are_taken() throws IOException {
        PopulationCsv.Result result = PopulationCsv.read(file("scb-five-year-groups.csv"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.people()).containsKeys(new PopulationCell(AgeBand.AGE_18_29, Gender.WOMAN),
                new PopulationCell(AgeBand.AGE_80_PLUS, Gender.MAN));
        assertThat(result.people()).doesNotContainKey(new PopulationCell(AgeBand.UNDER_13, Gender.MAN));
    }

    @Test
    void rows_of_one_cell_are_added_up() {
        PopulationCsv.Result result = read("ålder;kön;antal\n25 år;män;10\n26 år;män;1 200\n20-24 år;män;5\n");

        // 10 + 1200 + 5 = 1215 men aged 18–29; no year in the header.
        assertThat(result.people()).containsEntry(new PopulationCell(AgeBand.AGE_18_29, Gender.MAN), 1215L);
        assertThat(result.year()).isNull();
    }

    @Test
    void every_problem_is_listed_with_its_line_and_nothing_is_taken() {
        PopulationCsv.Result result = read("""
                region,ålder,kön,2024
                x,25 år,män,10
                x,15-19 år,kvinnor,40
                x,tjugo,män,3
                x,30 år,båda,4
                x,31 år,män,..
                x,10-14 år,män,-2
                """);

        assertThat(result.people()).isEmpty();
        assertThat(result.problems()).extracting(CsvProblem::line, CsvProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "ageStraddles"),
                org.assertj.core.groups.Tuple.tuple(4, "age"),
                org.assertj.core.groups.Tuple.tuple(5, "sex"),
                org.assertj.core.groups.Tuple.tuple(6, "count"),
                org.assertj.core.groups.Tuple.tuple(7, "ageStraddles"),
                org.assertj.core.groups.Tuple.tuple(7, "count"));
        assertThat(result.problems().getFirst().arguments()).containsExactly("15-19 år", "AGE_13_17", "AGE_18_29");
    }

    @Test
    void a_header_without_the_needed_columns_says_which_are_missing() {
        PopulationCsv.Result result = read("region;ålder;2023;2024\nx;25 år;1;2\n");

        assertThat(result.problems()).extracting(CsvProblem::key).containsExactly("noSexColumn", "severalCountColumns");
    }

    @Test
    void an_iso_8859_1_file_is_read_too() {
        byte[] latin = "ålder;kön;Folkmängd 2023\n80+ år;kvinnor;7\n".getBytes(StandardCharsets.ISO_8859_1);

        PopulationCsv.Result result = PopulationCsv.read(latin);

        assertThat(result.problems()).isEmpty();
        assertThat(result.year()).isEqualTo(2023);
        assertThat(result.people()).containsEntry(new PopulationCell(AgeBand.AGE_80_PLUS, Gender.WOMAN), 7L);
    }

    @Test
    void an_empty_file_or_one_with_only_a_header_is_a_problem() {
        assertThat(read("").problems()).extracting(CsvProblem::key).containsExactly("empty");
        assertThat(read("ålder;kön;antal\n").problems()).extracting(CsvProblem::key).containsExactly("noRows");
    }

    private static PopulationCsv.Result read(String text) {
        return PopulationCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] file(String name) throws IOException {
        try (InputStream in = PopulationCsvTest.class.getResourceAsStream("/population/" + name)) {
            return in.readAllBytes();
        }
    }
}
