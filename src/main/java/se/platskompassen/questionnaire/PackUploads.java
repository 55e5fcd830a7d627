package se.platskompassen.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;

/**
 * A network admin's round trip of a language pack: download it, change it in a translator's tool,
 * upload it again. An upload is checked in full before anything is kept; a pack that passes is
 * kept as uploaded, put in use, and makes a new revision of every questionnaire version whose
 * wording it changes, so that answers given in the earlier wording stay traceable. Other
 * instances pick uploads up within {@code platskompassen.language-packs.refresh}.
 */
@Service
public class PackUploads {

    /**
     * What a check of an uploaded file found: the file, the pack and every problem (none when it
     * may be saved); for a pack that may be saved, how many of its texts differ from the pack in
     * use and the questionnaire revisions saving it would make (ids such as
     * {@code vuxen/2026.2.1}). {@code against} is the pack in use it was checked against: saving
     * refuses the file when that pack has been replaced since (decision 0042).
     */
    public record Checked(byte[] file, Language language, @Nullable LanguagePack pack, List<PackProblem> problems,
            int changedTexts, List<String> revisions, @Nullable LanguagePack against) {

        public Checked {
            problems = List.copyOf(problems);
            revisions = List.copyOf(revisions);
        }

        public boolean passed() {
            return pack != null && problems.isEmpty();
        }
    }

    /** A saved pack and the questionnaire revisions it made (ids such as {@code vuxen/2026.2.1}). */
    public record Saved(Language language, List<String> revisions) {
    }

    /** Why a save kept nothing. The admin still has the file: they can check it again. */
    public static final class Refused extends IllegalArgumentException {

        public enum Reason {
            /** Someone saved a pack of the same language after the file was checked. */
            CHANGED_MEANWHILE,
            /** The file does not pass the check against the packs in use now. */
            PROBLEMS,
            /** Another save held the lock longer than the database waits (H2's lock timeout). */
            BUSY
        }

        /** Who saved the pack in use, and when. */
        public record LastSave(String by, Instant at) {
        }

        private final Reason reason;
        private final transient @Nullable LastSave lastSave;

        Refused(Reason reason, @Nullable LastSave lastSave) {
            super("the language pack was not saved: " + reason);
            this.reason = reason;
            this.lastSave = lastSave;
        }

        public Reason reason() {
            return reason;
        }

        /** For {@link Reason#CHANGED_MEANWHILE}: the save that came between the check and this one. */
        public Optional<LastSave> lastSave() {
            return Optional.ofNullable(lastSave);
        }
    }

    private final LanguagePacks packs;
    private final QuestionnaireCatalog catalog;
    private final PackUploadWrites writes;
    private final PackUploadQueries queries;
    private final AuditLog audit;
    private final Clock clock;
    private final TenantAccess access;
    private final PackSaveLocks locks;

    PackUploads(LanguagePacks packs, QuestionnaireCatalog catalog, PackUploadWrites writes, PackUploadQueries queries,
            AuditLog audit, Clock clock, TenantAccess access, PackSaveLocks locks) {
        this.access = access;
        this.locks = locks;
        this.packs = packs;
        this.catalog = catalog;
        this.writes = writes;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** The pack in use for {@code language} as a file, with the Swedish beside every text. */
    public byte[] download(Language language) {
        refresh();
        LanguagePack pack = packs.pack(language)
                .orElseThrow(() -> new IllegalArgumentException("no pack for " + language.code()));
        return PackFormat.write(pack, packs.swedish());
    }

    /** Checks an uploaded file meant to replace {@code expected}'s pack in use now; keeps nothing. */
    public Checked check(byte[] file, Language expected) {
        refresh();
        return checkAgainstInUse(file, expected);
    }

    private Checked checkAgainstInUse(byte[] file, Language expected) {
        LanguagePack against = packs.pack(expected).orElse(null);
        PackFormat.Reading reading = PackFormat.read(file);
        List<PackProblem> problems = new ArrayList<>(reading.problems());
        LanguagePack pack = reading.pack();
        if (pack != null && pack.language() != expected) {
            problems.add(new PackProblem(PackProblem.Kind.LANGUAGE, "language", pack.language().code()));
        }
        if (pack != null) {
            problems.addAll(PackCheck.check(pack, packs.swedish()));
        }
        if (pack == null || !problems.isEmpty()) {
            return new Checked(file, expected, pack, problems, 0, List.of(), against);
        }
        return new Checked(file, expected, pack, problems, changedTexts(pack),
                plan(pack).stream().map(planned -> planned.revision().id()).toList(), against);
    }

    /**
     * Saves a checked file that passed, if the pack it was checked against is still in use;
     * otherwise refuses it ({@link Refused}), keeping nothing. Saves on every instance happen one
     * after the other, each planning its revisions from what the one before kept. A pack equal to
     * the one in use keeps nothing new (a double tap saves once). Only a network admin may: a
     * pack changes what every organisation's residents are asked.
     */
    @Transactional
    public Saved save(Checked checked) {
        String actor = access.require(Permission.MANAGE_LANGUAGE_PACKS).username();
        lockSaves();
        refresh();
        Language language = checked.language();
        LanguagePack inUse = packs.pack(language).orElse(null);
        if (checked.passed() && checked.pack().equals(inUse)) {
            return new Saved(language, List.of()); // kept already: a double tap, or the same file twice
        }
        if (!Objects.equals(inUse, checked.against())) {
            throw new Refused(Refused.Reason.CHANGED_MEANWHILE, queries.newestUpload(language).orElse(null));
        }
        Checked now = checkAgainstInUse(checked.file(), language);
        if (!now.passed()) {
            throw new Refused(Refused.Reason.PROBLEMS, null);
        }
        LanguagePack pack = now.pack();
        long upload = writes.saveUpload(language, checked.file(), actor, clock.instant());
        List<String> made = new ArrayList<>();
        for (Planned planned : plan(pack)) {
            writes.saveRevision(planned.revision(), planned.dataFile(), upload, clock.instant());
            made.add(planned.revision().id());
        }
        audit.record(null, actor, AuditAction.LANGUAGE_PACK_UPLOADED,
                language.code() + (made.isEmpty() ? "" : ": " + String.join(", ", made)));
        apply(pack, made);
        return new Saved(language, made);
    }

    private void lockSaves() {
        try {
            locks.lockSaves();
        } catch (QueryTimeoutException | PessimisticLockingFailureException waitedTooLong) {
            throw new Refused(Refused.Reason.BUSY, null);
        }
    }

    /** Puts in use what uploads on any instance have kept. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${platskompassen.language-packs.refresh:30s}",
            initialDelayString = "${platskompassen.language-packs.refresh:30s}")
    public void refresh() {
        queries.newestPacks().forEach(file -> PackFormat.read(file).readPack().ifPresent(packs::use));
        queries.revisions().forEach(catalog::add);
    }

    /** A revision an upload makes, with its data file. */
    private record Planned(Questionnaire revision, byte[] dataFile) {
    }

    /** The next revision of every version whose wording {@code pack} changes, worded by the packs in use and it. */
    private List<Planned> plan(LanguagePack pack) {
        Map<Language, LanguagePack> wording = new EnumMap<>(Language.class);
        packs.available().forEach(language -> wording.put(language, packs.pack(language).orElseThrow()));
        wording.put(pack.language(), pack);
        List<Planned> planned = new ArrayList<>();
        for (Version version : Version.values()) {
            Questionnaire current = catalog.current(version);
            byte[] composed = PackedRevision.compose(PackedRevision.structure(catalog.dataFile(current.id())
                    .orElseThrow()), nextRevision(current.revision()), wording);
            Questionnaire candidate = QuestionnaireReader.read(composed, "upload");
            if (!sameWording(candidate, current)) {
                planned.add(new Planned(candidate, composed));
            }
        }
        return planned;
    }

    /** How many texts differ from the pack in use (all of them for a language that had none). */
    private int changedTexts(LanguagePack pack) {
        Map<String, String> inUse = packs.pack(pack.language()).map(LanguagePack::texts).orElse(Map.of());
        return (int) pack.texts().entrySet().stream()
                .filter(entry -> !entry.getValue().equals(inUse.get(entry.getKey()))).count();
    }

    private void apply(LanguagePack pack, List<String> made) {
        packs.use(pack);
        for (String id : made) {
            if (catalog.find(id).isEmpty()) {
                queries.revisions().forEach(catalog::add);
            }
        }
    }

    /** {@code 2026.2} (shipped) becomes {@code 2026.2.1}; {@code 2026.2.1} (uploaded) becomes {@code 2026.2.2}. */
    static String nextRevision(String revision) {
        String[] parts = revision.split("\\.");
        if (parts.length < 3) {
            return revision + ".1";
        }
        parts[parts.length - 1] = Integer.toString(Integer.parseInt(parts[parts.length - 1]) + 1);
        return String.join(".", parts);
    }

    private static boolean sameWording(Questionnaire candidate, Questionnaire current) {
        return candidate.texts().equals(current.texts()) && candidate.themes().equals(current.themes());
    }
}
