package se.platskompassen.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseService;

/**
 * Whole responses recorded at once, as paper forms, imports and the demo are: the one place where
 * tests make response data that the resident flow did not give ({@link Residents} answers as a
 * resident does). Used like
 * {@code respondents.in(dialogue).count(7).score(Theme.FEELING_SAFE, 4).comment(Theme.FEELING_SAFE, "Ljust", null).record()}.
 * Each respondent's answers follow theme order and hold only the themes given a score, a skip or
 * a comment.
 */
@Component
public class Respondents {

    /** When the first respondent starts unless told otherwise. */
    public static final Instant START = Instant.parse("2026-05-04T17:00:00Z");

    private final ResponseService responses;
    private final QuestionnaireCatalog questionnaires;

    public Respondents(ResponseService responses, QuestionnaireCatalog questionnaires) {
        this.responses = responses;
        this.questionnaires = questionnaires;
    }

    /** Respondents of this dialogue, given the current questionnaire of its version. */
    public Batch in(Dialogue dialogue) {
        return new Batch(dialogue, questionnaires.current(dialogue.version()));
    }

    /** What one respondent gives for one theme; null when they leave the theme out. */
    @FunctionalInterface
    public interface Answers {

        @Nullable AnswerInput answer(int respondent, Theme theme);
    }

    /** A number of respondents alike except where {@link Answers} or a per-respondent time says otherwise. */
    public final class Batch {

        private final Dialogue dialogue;
        private final Questionnaire questionnaire;
        private int count = 1;
        private IntFunction<UUID> ids = respondent -> UUID.randomUUID();
        private Language language = Language.SV;
        private CollectionMode mode = CollectionMode.OWN_DEVICE;
        private Background background = Background.NONE;
        private IntFunction<Instant> startedAt = respondent -> START.plusSeconds(60L * respondent);
        private @Nullable Duration taking = Duration.ofMinutes(5);
        private @Nullable String formNumber;
        private @Nullable Answers answers;
        private final Map<Theme, Integer> scores = new EnumMap<>(Theme.class);
        private final Set<Theme> skipped = EnumSet.noneOf(Theme.class);
        private final Map<Theme, String[]> comments = new EnumMap<>(Theme.class);

        private Batch(Dialogue dialogue, Questionnaire questionnaire) {
            this.dialogue = dialogue;
            this.questionnaire = questionnaire;
        }

        public Batch count(int count) {
            this.count = count;
            return this;
        }

        /** The response id of each respondent (numbered from 0); random by default. */
        public Batch ids(IntFunction<UUID> ids) {
            this.ids = ids;
            return this;
        }

        public Batch id(UUID id) {
            return ids(respondent -> id);
        }

        public Batch language(Language language) {
            this.language = language;
            return this;
        }

        public Batch mode(CollectionMode mode) {
            this.mode = mode;
            return this;
        }

        public Batch background(Background background) {
            this.background = background;
            return this;
        }

        /** Typed in from the paper form with this number (so only one respondent per batch). */
        public Batch formNumber(String formNumber) {
            this.formNumber = formNumber;
            return this;
        }

        /** The first respondent starts at {@code first}, each next one {@code apart} later. */
        public Batch startingAt(Instant first, Duration apart) {
            return startedAt(respondent -> first.plus(apart.multipliedBy(respondent)));
        }

        public Batch startingAt(Instant first) {
            return startingAt(first, Duration.ofMinutes(1));
        }

        public Batch startedAt(IntFunction<Instant> startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        /** Each respondent completes this long after starting (five minutes by default). */
        public Batch taking(Duration taking) {
            this.taking = taking;
            return this;
        }

        /** Nobody completes: the responses are counted as started only. */
        public Batch unfinished() {
            this.taking = null;
            return this;
        }

        /** Everyone gives this theme this score. */
        public Batch score(Theme theme, int score) {
            scores.put(theme, score);
            skipped.remove(theme);
            return this;
        }

        /** Everyone gives every theme this score. */
        public Batch scoreEveryTheme(int score) {
            for (Theme theme : Theme.values()) {
                score(theme, score);
            }
            return this;
        }

        /** Everyone gives the themes these scores, in theme order; 0 is a skip. */
        public Batch scores(int... inThemeOrder) {
            for (Theme theme : Theme.values()) {
                int score = inThemeOrder[theme.ordinal()];
                if (score == 0) {
                    skip(theme);
                } else {
                    score(theme, score);
                }
            }
            return this;
        }

        /** Everyone skips this theme. */
        public Batch skip(Theme theme) {
            skipped.add(theme);
            scores.remove(theme);
            return this;
        }

        /** Everyone writes these comments on this theme (keeping the theme's score or skip). */
        public Batch comment(Theme theme, @Nullable String worksWell, @Nullable String couldBeBetter) {
            comments.put(theme, new String[] {worksWell, couldBeBetter});
            return this;
        }

        /**
         * Answers that differ between respondents; a score, skip or comment set for everyone on a
         * theme takes precedence over what these give.
         */
        public Batch answers(Answers answers) {
            this.answers = answers;
            return this;
        }

        /** Everyone gives exactly these answers. */
        public Batch given(AnswerInput... answers) {
            return given(List.of(answers));
        }

        public Batch given(List<AnswerInput> answers) {
            Map<Theme, AnswerInput> byTheme = new EnumMap<>(Theme.class);
            answers.forEach(answer -> byTheme.put(answer.theme(), answer));
            return answers((respondent, theme) -> byTheme.get(theme));
        }

        /** The responses, not yet recorded. */
        public List<RecordedResponse> build() {
            if (formNumber != null && count != 1) {
                throw new IllegalStateException("A form number belongs to one respondent");
            }
            List<RecordedResponse> built = new ArrayList<>(count);
            for (int respondent = 0; respondent < count; respondent++) {
                Instant started = startedAt.apply(respondent);
                built.add(new RecordedResponse(ids.apply(respondent), dialogue.id(), questionnaire.id(),
                        questionnaire.hash(), language, mode, background, started,
                        taking == null ? null : started.plus(taking), answersOf(respondent), formNumber));
            }
            return built;
        }

        /** Records the responses through the response service, as one batch; returns them. */
        public List<RecordedResponse> record() {
            List<RecordedResponse> built = build();
            responses.record(dialogue, built);
            return built;
        }

        private List<AnswerInput> answersOf(int respondent) {
            List<AnswerInput> given = new ArrayList<>();
            for (Theme theme : Theme.values()) {
                AnswerInput varying = answers == null ? null : answers.answer(respondent, theme);
                String[] comment = comments.get(theme);
                boolean fixed = scores.containsKey(theme) || skipped.contains(theme) || comment != null;
                if (!fixed) {
                    if (varying != null) {
                        given.add(varying);
                    }
                    continue;
                }
                Integer score = skipped.contains(theme) ? null
                        : scores.containsKey(theme) ? scores.get(theme) : varying == null ? null : varying.score();
                String worksWell = comment != null ? comment[0] : varying == null ? null : varying.worksWell();
                String couldBeBetter = comment != null ? comment[1] : varying == null ? null : varying.couldBeBetter();
                given.add(new AnswerInput(theme, score, worksWell, couldBeBetter));
            }
            return given;
        }
    }
}
