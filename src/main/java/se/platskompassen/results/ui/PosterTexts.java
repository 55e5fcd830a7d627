package se.platskompassen.results.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import se.platskompassen.discussion.DialogueAction;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.results.PublicResults;
import se.platskompassen.results.ResultsPoster;
import se.platskompassen.results.ResultsPosterContent;

/**
 * The words of a "Vad vi hörde" poster in one language, from the same packs and bundles as the
 * public page; the place, the dialogue's title and the actions stay as the organisation wrote them.
 * Made on the page and used when the download is asked for, outside the page's request.
 */
record PosterTexts(MessageSource messages, Language language) {

    ResultsPosterContent of(PublicResults results, String address) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        List<ResultsPosterContent.Action> actions = new ArrayList<>();
        for (DialogueAction action : results.discussion().actions()) {
            String status = text("results.status." + action.status().name());
            if (action.statusDate() != null) {
                status += " " + text("results.action.since", dates.format(action.statusDate()));
            }
            actions.add(new ResultsPosterContent.Action(action.what(), status));
        }
        int left = actions.size() - ResultsPoster.MAX_ACTIONS;
        String period = results.started() == null ? ""
                : results.ended() == null ? text("results.datesFrom", dates.format(results.started()))
                : text("results.dates", dates.format(results.started()), dates.format(results.ended()));
        return new ResultsPosterContent(results.placeName(), text("results.title"),
                period.isEmpty() ? results.dialogueTitle() : results.dialogueTitle() + " · " + period,
                text("results.actions"), actions, left > 0 ? text("results.poster.more", left) : "",
                text("results.poster.scan"), address, text("results.poster.footer"), language);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
