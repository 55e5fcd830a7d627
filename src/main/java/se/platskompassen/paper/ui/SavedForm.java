package se.platskompassen.paper.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.platskompassen.paper.PaperCodes;
import se.platskompassen.paper.PaperEntry;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;

/** A form saved in this visit to the page, in the codes the typist typed, so it can be checked against the paper. */
record SavedForm(UUID id, String number, String scores, String background, int comments, LocalTime time) {

    static SavedForm of(PaperEntry form, Version version, LocalTime time) {
        String scores = form.answers().stream()
                .map(answer -> answer.score() == null ? PaperCodes.SKIP : String.valueOf(answer.score()))
                .collect(Collectors.joining(" "));
        if (!form.climateScores().isEmpty()) {
            // The climate row after the theme scores, as the typist typed it
            scores += " | " + form.climateScores().values().stream()
                    .map(score -> score == null ? PaperCodes.SKIP : String.valueOf(score))
                    .collect(Collectors.joining(" "));
        }
        List<String> codes = new ArrayList<>();
        if (!AgeBand.askedIn(version).isEmpty()) {
            codes.add(code(AgeBand.askedIn(version), form.background().ageBand()));
        }
        codes.add(code(PaperCodes.genders(), form.background().gender()));
        codes.add(code(PaperCodes.relations(), form.background().relation()));
        String background = String.join(" ", codes) + (form.background().area() == null ? ""
                : " · " + form.background().area());
        int comments = (int) form.answers().stream()
                .mapToLong(a -> (a.worksWell() == null ? 0 : 1) + (a.couldBeBetter() == null ? 0 : 1)).sum();
        return new SavedForm(form.responseId(), form.formNumber(), scores, background, comments, time);
    }

    private static <T> String code(List<T> choices, @Nullable T chosen) {
        int index = chosen == null ? -1 : choices.indexOf(chosen);
        return index < 0 ? PaperCodes.SKIP : PaperCodes.code(index);
    }
}
