package se.platskompassen.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * All questionnaire revisions found in {@code classpath:questionnaire/*.json}. New responses get
 * the newest revision of their version; older revisions stay loaded so that their responses can
 * still be read with the exact texts they were given.
 */
@Service
public class QuestionnaireCatalog {

    static final String LOCATION = "classpath*:questionnaire/*.json";

    private final List<Questionnaire> all;
    private final Map<Version, Questionnaire> current = new EnumMap<>(Version.class);

    public QuestionnaireCatalog() {
        this(loadAll());
    }

    QuestionnaireCatalog(List<Questionnaire> questionnaires) {
        this.all = List.copyOf(questionnaires);
        for (Version version : Version.values()) {
            all.stream()
                    .filter(q -> q.version() == version)
                    .max(Comparator.comparing(Questionnaire::revision, QuestionnaireCatalog::compareRevisions))
                    .ifPresentOrElse(q -> current.put(version, q), () -> {
                        throw new IllegalStateException("No questionnaire data for version " + version.id());
                    });
        }
    }

    /** The revision that new responses of this version are given. */
    public Questionnaire current(Version version) {
        return current.get(version);
    }

    /** A revision by its id, e.g. {@code vuxen/2026.1}. */
    public Optional<Questionnaire> find(String id) {
        return all.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public List<Questionnaire> all() {
        return all;
    }

    /** The name of a theme in staff views and charts: the adult version's current wording. */
    public String themeName(Theme theme, Language language) {
        return current(Version.VUXEN).text(theme, language).name();
    }

    static int compareRevisions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? Integer.parseInt(left[i]) : 0;
            int r = i < right.length ? Integer.parseInt(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }

    private static List<Questionnaire> loadAll() {
        try {
            List<Questionnaire> loaded = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (var in = resource.getInputStream()) {
                    loaded.add(QuestionnaireReader.read(in.readAllBytes(), resource.getFilename()));
                }
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the questionnaire data", e);
        }
    }
}
