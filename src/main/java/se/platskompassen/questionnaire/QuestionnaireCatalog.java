package se.platskompassen.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * All questionnaire revisions: those found in {@code classpath:questionnaire/*.json} (written by
 * hand, or worded by the shipped language packs: {@link PackedRevision}) and those made when a
 * network admin uploads a language pack. New responses get the newest revision of their version;
 * older revisions stay loaded so that their responses can still be read with the exact texts
 * they were given.
 */
@Service
public class QuestionnaireCatalog {

    static final String LOCATION = "classpath*:questionnaire/*.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private volatile List<Questionnaire> all;
    private volatile Map<Version, Questionnaire> current;
    private volatile Map<String, byte[]> dataFiles;

    public QuestionnaireCatalog() {
        this(loadAll());
    }

    /** A catalog of revisions made in code (tests): they have no data files. */
    QuestionnaireCatalog(List<Questionnaire> questionnaires) {
        this(new DataFiles(questionnaires, Map.of()));
    }

    private record DataFiles(List<Questionnaire> questionnaires, Map<String, byte[]> bytesById) {
    }

    private QuestionnaireCatalog(DataFiles loaded) {
        install(loaded);
    }

    /**
     * Adds a revision made from an uploaded language pack (its data file as stored); known
     * revisions are left as they are.
     */
    public synchronized Questionnaire add(byte[] dataFile) {
        Questionnaire added = QuestionnaireReader.read(dataFile, "an uploaded language pack");
        if (find(added.id()).isPresent()) {
            return find(added.id()).get();
        }
        List<Questionnaire> questionnaires = new ArrayList<>(all);
        questionnaires.add(added);
        Map<String, byte[]> bytes = new HashMap<>(dataFiles);
        bytes.put(added.id(), dataFile.clone());
        install(new DataFiles(questionnaires, bytes));
        return added;
    }

    private void install(DataFiles loaded) {
        Map<Version, Questionnaire> newest = new EnumMap<>(Version.class);
        List<Questionnaire> revisions = List.copyOf(loaded.questionnaires());
        for (Version version : Version.values()) {
            revisions.stream()
                    .filter(q -> q.version() == version)
                    .max(Comparator.comparing(Questionnaire::revision, QuestionnaireCatalog::compareRevisions))
                    .ifPresentOrElse(q -> newest.put(version, q), () -> {
                        throw new IllegalStateException("No questionnaire data for version " + version.id());
                    });
        }
        this.all = revisions;
        this.dataFiles = Map.copyOf(loaded.bytesById());
        this.current = Map.copyOf(newest);
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

    /**
     * The data file of a revision, byte for byte as it was loaded: its SHA-256 is the
     * {@link Questionnaire#hash()} that every response given this revision records, so whoever
     * receives the file can check it against exported responses.
     */
    public Optional<byte[]> dataFile(String id) {
        return Optional.ofNullable(dataFiles.get(id)).map(byte[]::clone);
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

    private static DataFiles loadAll() {
        try {
            List<Questionnaire> loaded = new ArrayList<>();
            Map<String, byte[]> bytesById = new HashMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (var in = resource.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    JsonNode root = JSON.readTree(bytes);
                    if (PackedRevision.isPacked(root)) {
                        bytes = PackedRevision.compose(root, root.get("revision").asString(), LanguagePacks.shipped());
                    }
                    Questionnaire questionnaire = QuestionnaireReader.read(bytes, resource.getFilename());
                    loaded.add(questionnaire);
                    bytesById.put(questionnaire.id(), bytes);
                }
            }
            return new DataFiles(loaded, bytesById);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the questionnaire data", e);
        }
    }
}
