package se.platskompassen.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The language pack in use for each language: the one shipped in {@code classpath:languages/},
 * unless a network admin has uploaded a newer one. A language without a pack is not offered.
 * Shipped packs are checked at start: an incomplete one stops the application.
 */
@Service
public class LanguagePacks {

    static final String LOCATION = "classpath*:languages/*.json";

    private static volatile Map<Language, LanguagePack> shipped;

    private volatile Map<Language, LanguagePack> inUse;

    public LanguagePacks() {
        this.inUse = shipped();
    }

    /** The packs in the application itself, read once. */
    public static Map<Language, LanguagePack> shipped() {
        Map<Language, LanguagePack> loaded = shipped;
        if (loaded == null) {
            loaded = Collections.unmodifiableMap(loadShipped());
            shipped = loaded;
        }
        return loaded;
    }

    public Optional<LanguagePack> pack(Language language) {
        return Optional.ofNullable(inUse.get(language));
    }

    public LanguagePack swedish() {
        return inUse.get(Language.SV);
    }

    /** The languages residents can answer in, in the order they are offered. */
    public List<Language> available() {
        return List.copyOf(inUse.keySet());
    }

    public Optional<String> text(Language language, String key) {
        LanguagePack pack = inUse.get(language);
        return pack == null ? Optional.empty() : pack.text(key);
    }

    /** Puts an uploaded, checked pack in use (on this instance; others pick it up when they refresh). */
    void use(LanguagePack pack) {
        Map<Language, LanguagePack> next = new EnumMap<>(inUse);
        next.put(pack.language(), pack);
        inUse = Collections.unmodifiableMap(next);
    }

    private static Map<Language, LanguagePack> loadShipped() {
        Map<Language, LanguagePack> packs = new EnumMap<>(Language.class);
        List<String> problems = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (var in = resource.getInputStream()) {
                    PackFormat.Reading reading = PackFormat.read(in.readAllBytes());
                    reading.problems().forEach(problem -> problems.add(resource.getFilename() + ": " + problem));
                    Optional.ofNullable(reading.pack()).ifPresent(pack -> packs.put(pack.language(), pack)); // checked below too
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the language packs", e);
        }
        LanguagePack swedish = packs.get(Language.SV);
        if (swedish == null) {
            throw new IllegalStateException("The Swedish language pack (languages/sv.json) is missing");
        }
        packs.values().forEach(pack -> PackCheck.check(pack, swedish)
                .forEach(problem -> problems.add(pack.language().code() + ".json: " + problem)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The shipped language packs are not complete: " + problems);
        }
        return packs;
    }
}
