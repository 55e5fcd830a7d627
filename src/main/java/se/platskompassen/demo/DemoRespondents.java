package se.platskompassen.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.Gender;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.Relation;

/**
 * Makes believable demo respondents: background groups that rate some themes differently (so
 * that the equity views have something to show), skips, comments, unfinished responses, and a
 * mix of collection modes. Seeded, so every demo database is the same.
 */
final class DemoRespondents {

    private final Random random;
    private final Map<Theme, String[]> worksWell = new EnumMap<>(Theme.class);
    private final Map<Theme, String[]> couldBeBetter = new EnumMap<>(Theme.class);

    DemoRespondents(long seed) {
        this.random = new Random(seed);
        Properties comments = new Properties();
        try (var in = DemoRespondents.class.getResourceAsStream("/demo/comments.properties")) {
            comments.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Demo comments are missing", e);
        }
        for (Theme theme : Theme.values()) {
            worksWell.put(theme, comments.getProperty(theme.code() + ".good").split("\\|"));
            couldBeBetter.put(theme, comments.getProperty(theme.code() + ".better").split("\\|"));
        }
    }

    List<RecordedResponse> make(Dialogue dialogue, Questionnaire questionnaire, Map<Theme, Double> profile,
            int count, Instant from, Instant to) {
        List<RecordedResponse> made = new ArrayList<>(count);
        long span = Math.max(1, Duration.between(from, to).toSeconds());
        for (int i = 0; i < count; i++) {
            Instant started = from.plusSeconds((long) (random.nextDouble() * span));
            made.add(one(dialogue, questionnaire, profile, started));
        }
        return made;
    }

    private RecordedResponse one(Dialogue dialogue, Questionnaire questionnaire, Map<Theme, Double> profile,
            Instant started) {
        Version version = dialogue.version();
        Background background = background(version, dialogue.areaChoices());
        boolean finished = random.nextDouble() > 0.07;
        int themesAnswered = finished ? Theme.COUNT : 2 + random.nextInt(Theme.COUNT - 3);
        List<AnswerInput> answers = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            if (theme.ordinal() >= themesAnswered) {
                break;
            }
            answers.add(answer(theme, version, profile.get(theme) + effect(theme, background)));
        }
        Instant completed = finished ? started.plusSeconds(420 + random.nextInt(600)) : null;
        Language language = random.nextDouble() < 0.06 ? Language.EN : Language.SV;
        return new RecordedResponse(UUID.nameUUIDFromBytes(("demo-" + random.nextLong()).getBytes(StandardCharsets.UTF_8)),
                dialogue.id(), questionnaire.id(), questionnaire.hash(), language, mode(version), background,
                started, completed, answers);
    }

    private AnswerInput answer(Theme theme, Version version, double latent) {
        double skipChance = theme == Theme.WORK_ECONOMY && version != Version.VUXEN ? 0.15 : 0.04;
        if (random.nextDouble() < skipChance) {
            return AnswerInput.skipped(theme);
        }
        int score = (int) Math.round(latent + random.nextGaussian() * 1.1);
        score = Math.clamp(score, 1, 7);
        if (version == Version.BARN) {
            score = score <= 3 ? 1 : score <= 5 ? 2 : 3;
        }
        String good = random.nextDouble() < 0.18 ? pick(worksWell.get(theme)) : null;
        String better = random.nextDouble() < (latent < 4 ? 0.35 : 0.15) ? pick(couldBeBetter.get(theme)) : null;
        return new AnswerInput(theme, score, good, better);
    }

    /** Differences between groups, on the 1–7 scale. */
    private static double effect(Theme theme, Background who) {
        double effect = 0;
        if (who.gender() == Gender.WOMAN && (theme == Theme.FEELING_SAFE || theme == Theme.MOVING_AROUND)) {
            effect -= theme == Theme.FEELING_SAFE ? 1.2 : 0.4;
        }
        AgeBand age = who.ageBand();
        if (age == AgeBand.AGE_65_79 || age == AgeBand.AGE_80_PLUS) {
            effect += switch (theme) {
                case MOVING_AROUND -> -0.9;
                case PUBLIC_TRANSPORT -> -0.6;
                case SOCIAL_CONTACT -> -0.5;
                case FACILITIES_SERVICES -> 0.3;
                default -> 0;
            };
        }
        if (age == AgeBand.AGE_13_17 || age == AgeBand.UNDER_13) {
            effect += switch (theme) {
                case PLAY_RECREATION -> -1.2;
                case INFLUENCE_CONTROL -> -1.0;
                case SOCIAL_CONTACT -> 0.5;
                case NATURAL_SPACE -> 0.4;
                default -> 0;
            };
        }
        if (who.relation() == Relation.VISIT) {
            effect += 0.4;
        }
        return effect;
    }

    private Background background(Version version, List<String> areas) {
        AgeBand age = switch (version) {
            case BARN -> AgeBand.UNDER_13;
            case UNGDOM -> random.nextDouble() < 0.9 ? AgeBand.AGE_13_17 : AgeBand.AGE_18_29;
            case VUXEN -> weighted(new AgeBand[] {AgeBand.AGE_18_29, AgeBand.AGE_30_49, AgeBand.AGE_50_64,
                    AgeBand.AGE_65_79, AgeBand.AGE_80_PLUS}, 20, 35, 22, 18, 5);
        };
        Gender gender = random.nextDouble() < 0.05 ? null
                : weighted(new Gender[] {Gender.WOMAN, Gender.MAN, Gender.NON_BINARY}, 52, 45, 3);
        Relation relation = version == Version.VUXEN
                ? weighted(Relation.values(), 70, 12, 5, 13)
                : weighted(new Relation[] {Relation.LIVE, Relation.STUDY, Relation.VISIT}, 70, 25, 5);
        if (random.nextDouble() < 0.04) {
            age = null;
        }
        String area = areas.isEmpty() || random.nextDouble() < 0.1 ? null : areas.get(random.nextInt(areas.size()));
        return new Background(age, gender, relation, area);
    }

    private CollectionMode mode(Version version) {
        return switch (version) {
            case BARN -> CollectionMode.SHARED_TABLET;
            case UNGDOM -> random.nextDouble() < 0.7 ? CollectionMode.OWN_DEVICE : CollectionMode.SHARED_TABLET;
            case VUXEN -> weighted(new CollectionMode[] {CollectionMode.SHARED_TABLET, CollectionMode.OWN_DEVICE,
                    CollectionMode.PAPER}, 40, 45, 15);
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T weighted(T[] options, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < options.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return options[i];
            }
        }
        return options[options.length - 1];
    }
}
