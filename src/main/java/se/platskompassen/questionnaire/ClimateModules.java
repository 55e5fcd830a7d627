package se.platskompassen.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Every revision of the Climate Lens, from {@code classpath:questionnaire/climate/*.json} worded
 * by the shipped language packs. A dialogue with the lens gives its residents the newest revision
 * of its version; older revisions stay loaded so that the answers given to them can be read with
 * their exact texts. Their hashes are listed in {@code questionnaire/climate/revisions.properties}.
 */
@Service
public class ClimateModules {

    static final String LOCATION = "classpath*:questionnaire/climate/*.json";

    private final List<ClimateModule> all;
    private final Map<String, byte[]> dataFiles;

    public ClimateModules() {
        List<ClimateModule> loaded = new ArrayList<>();
        Map<String, byte[]> bytes = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (var in = resource.getInputStream()) {
                    byte[] composed = ClimateModuleFile.compose(in.readAllBytes(), LanguagePacks.shipped());
                    ClimateModule module = ClimateModuleFile.read(composed, resource.getFilename());
                    loaded.add(module);
                    bytes.put(module.id(), composed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Climate Lens data", e);
        }
        for (Version version : Version.values()) {
            if (loaded.stream().noneMatch(module -> module.version() == version)) {
                throw new IllegalStateException("No Climate Lens data for version " + version.id());
            }
        }
        this.all = List.copyOf(loaded);
        this.dataFiles = Map.copyOf(bytes);
    }

    /** The revision new answers of this version are given. */
    public ClimateModule current(Version version) {
        return all.stream().filter(module -> module.version() == version)
                .max(Comparator.comparing(ClimateModule::revision, QuestionnaireCatalog::compareRevisions))
                .orElseThrow();
    }

    /** A revision by its id, e.g. {@code climate/vuxen/2026.1}. */
    public Optional<ClimateModule> find(String id) {
        return all.stream().filter(module -> module.id().equals(id)).findFirst();
    }

    public List<ClimateModule> all() {
        return all;
    }

    /** A revision's data file, byte for byte: its SHA-256 is the hash its answers record. */
    public Optional<byte[]> dataFile(String id) {
        return Optional.ofNullable(dataFiles.get(id)).map(byte[]::clone);
    }
}
