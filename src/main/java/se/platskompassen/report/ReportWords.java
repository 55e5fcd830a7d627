package se.platskompassen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.platskompassen.analysis.BackgroundGroup;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Series;
import se.platskompassen.analysis.SeriesFigures;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.CollectionMode;

/**
 * The words of a report in its language: message texts, theme names, what a series is called and
 * what a filter narrows to, in the same words as the analysis pages use. A dialogue's report
 * comes in every resident language (its words are in the language packs); a comparison names
 * series and filters in staff words, so it is offered in Swedish and English only.
 */
@Component
class ReportWords {

    private final MessageSource messages;
    private final QuestionnaireCatalog questionnaires;

    ReportWords(MessageSource messages, QuestionnaireCatalog questionnaires) {
        this.messages = messages;
        this.questionnaires = questionnaires;
    }

    /** The writer of a report in the language of {@code locale}. */
    ReportPdf pdf(Locale locale) {
        return new ReportPdf(messages, language(locale).locale());
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, language(locale).locale());
    }

    /** The report's language: any resident language; an unknown locale gives Swedish. */
    static Language language(Locale locale) {
        return Language.of(locale);
    }

    List<String> themeNames(Locale locale) {
        Language language = language(locale);
        List<String> names = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            names.add(questionnaires.themeName(theme, language));
        }
        return names;
    }

    /** What a series is called, in the same words as on the compare page. */
    String label(SeriesFigures figures, Locale locale) {
        if (figures.series() instanceof Series.ClimateOf climate) {
            String of = label(new SeriesFigures(climate.of(), figures.name(), figures.figures(), figures.agreed()), locale);
            return text("analysis.series.climateOf", locale, of);
        }
        String name = figures.name();
        return switch (figures.series()) {
            case Series.Everyone ignored -> text("analysis.series.everyone", locale);
            case Series.AtPlace place -> name != null ? name : String.valueOf(place.placeId());
            case Series.OfDialogue dialogue -> name != null ? name : String.valueOf(dialogue.dialogueId());
            case Series.InYear year -> String.valueOf(year.year());
            case Series.OfGroup group -> group(group.group(), locale);
            case Series.InVersion version -> text("analysis.version." + version.version().name(), locale);
            case Series.ClimateOf climate -> throw new IllegalStateException("Labelled above");
        };
    }

    private String group(BackgroundGroup group, Locale locale) {
        return switch (group.dimension()) {
            case AREA -> text("analysis.group.AREA", locale, group.value());
            case LANGUAGE -> text("analysis.group.LANGUAGE", locale, text("language." + group.value(), locale));
            default -> text("analysis.group." + group.dimension().name() + "." + group.value(), locale);
        };
    }

    /**
     * The filter in words: the period, the versions, how answers were collected, completed only,
     * and the languages when only some count.
     */
    List<String> describe(Filter filter, Locale locale) {
        List<String> lines = new ArrayList<>();
        String open = text("report.pdf.filter.open", locale);
        lines.add(text("report.pdf.filter.period", locale, filter.from() == null ? open : ReportPdf.date(filter.from(),
                locale), filter.to() == null ? open : ReportPdf.date(filter.to(), locale)));
        lines.add(text("report.pdf.filter.versions", locale, filter.versions().stream().sorted()
                .map(version -> text("analysis.version." + version.name(), locale)).collect(Collectors.joining(", "))));
        String modes = filter.modes().size() == CollectionMode.values().length ? text("analysis.mode.ALL", locale)
                : filter.modes().stream().sorted().map(mode -> text("analysis.mode." + mode.name(), locale))
                        .collect(Collectors.joining(", "));
        lines.add(text("report.pdf.filter.modes", locale, modes));
        lines.add(text(filter.completedOnly() ? "report.pdf.filter.completedOnly" : "report.pdf.filter.everyAnswer",
                locale));
        if (filter.narrowsLanguages()) {
            lines.add(text("report.pdf.filter.languages", locale, filter.languages().stream().sorted()
                    .map(language -> text("language." + language.code(), locale)).collect(Collectors.joining(", "))));
        }
        return lines;
    }
}
