package se.platskompassen.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CollectionMode;

/**
 * The ids of the rows of one file that have no {@code response_id}: a name-based UUID from the
 * dialogue, the row's content and how many identical rows came before it, so that the same file
 * gives the same ids every time and two identical paper forms stay two responses.
 */
final class ImportIds {

    private final long dialogueId;
    private final ZoneId zone;
    private final Map<String, Integer> identical = new HashMap<>();

    ImportIds(long dialogueId, ZoneId zone) {
        this.dialogueId = dialogueId;
        this.zone = zone;
    }

    /** The id of the next row with this content ({@code started} and {@code completed} as the file writes them). */
    UUID derive(Questionnaire questionnaire, Language language, CollectionMode mode, @Nullable String formNumber,
            String started, String completed, Background background, List<AnswerInput> answers) {
        String canonical = canonical(questionnaire, language, mode, formNumber, started, completed, background,
                answers);
        int occurrence = identical.merge(canonical, 1, Integer::sum);
        return UUID.nameUUIDFromBytes((canonical + "\u001d" + occurrence).getBytes(StandardCharsets.UTF_8));
    }

    private String canonical(Questionnaire questionnaire, Language language, CollectionMode mode,
            @Nullable String formNumber, String started, String completed, Background background,
            List<AnswerInput> answers) {
        StringBuilder text = new StringBuilder("platskompassen-import\u001f").append(dialogueId);
        if (formNumber != null) {
            // Only when there is one, so that the ids of files without form numbers stay as they were.
            text.append("\u001fform\u001f").append(formNumber.toLowerCase(Locale.ROOT));
        }
        for (Object part : List.of(questionnaire.id(), language.code(), mode.name(), normalisedTime(started),
                normalisedTime(completed), String.valueOf(background.ageBand()), String.valueOf(background.gender()),
                String.valueOf(background.relation()), String.valueOf(background.area()))) {
            text.append('\u001f').append(part);
        }
        for (AnswerInput answer : answers) {
            text.append('\u001e').append(answer.theme().code()).append('\u001f').append(answer.score())
                    .append('\u001f').append(answer.worksWell()).append('\u001f').append(answer.couldBeBetter());
        }
        return text.toString();
    }

    private String normalisedTime(String text) {
        Instant time = text.isEmpty() ? null : ImportTimes.parse(text, zone);
        return time == null ? text : time.toString();
    }
}
