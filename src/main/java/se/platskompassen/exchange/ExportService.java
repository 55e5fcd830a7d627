package se.platskompassen.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.DownloadTarget;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.base.SafeFileName;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.response.ResponseService;

/**
 * Exports of the organisation's dialogues (CSV wide and long, XLSX). Staff with
 * {@link Permission#EXPORT} only; a dialogue id of another organisation is not found, exactly like
 * one that does not exist, and nothing is written then. Every export is recorded in the audit log.
 * The chosen dialogues are read once per export; {@link ExportWriter} streams the rows.
 */
@Service
public class ExportService {

    private final DialogueService dialogues;
    private final PlaceService places;
    private final ResponseService responses;
    private final TenantAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ExportWriter writer;
    private final ExchangeQueries queries;

    ExportService(DialogueService dialogues, PlaceService places, ResponseService responses, TenantAccess access,
            AuditLog audit, Clock clock, ExportWriter writer, ExchangeQueries queries) {
        this.dialogues = dialogues;
        this.places = places;
        this.responses = responses;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.writer = writer;
        this.queries = queries;
    }

    /** A safe file name for an export of one of the organisation's dialogues, e.g. {@code stora-torget-12-responses-2026-05-01.csv}. */
    public String fileName(long dialogueId, ExportFormat format) {
        return fileName(List.of(dialogueId), format);
    }

    /** A safe file name for an export of several of the organisation's dialogues. */
    public String fileName(List<Long> dialogueIds, ExportFormat format) {
        return fileName(selection(dialogueIds, ExchangeQueries.EVERY_LANGUAGE), format);
    }

    /** Writes an export of one of the organisation's dialogues to {@code out} (flushed, not closed). */
    public void export(long dialogueId, ExportFormat format, CsvOptions options, OutputStream out) throws IOException {
        export(List.of(dialogueId), format, options, out);
    }

    /**
     * Writes an export of several of the organisation's dialogues, one after the other, to
     * {@code out}. Every id must be one of the organisation's dialogues, or nothing is written.
     * {@code options} apply to CSV only.
     */
    public void export(List<Long> dialogueIds, ExportFormat format, CsvOptions options, OutputStream out)
            throws IOException {
        export(dialogueIds, ExchangeQueries.EVERY_LANGUAGE, format, options, out);
    }

    /**
     * The same, with only the responses given in one of {@code languages} (at least one): their
     * rows, and in the workbook a summary of those responses alone.
     */
    public void export(List<Long> dialogueIds, Set<Language> languages, ExportFormat format, CsvOptions options,
            OutputStream out) throws IOException {
        download(dialogueIds, languages, format, options, fileName -> out);
    }

    /**
     * The same as a download: the dialogues are read once, then the file is named and written
     * into what {@code target} opens for that name.
     */
    public void download(List<Long> dialogueIds, ExportFormat format, CsvOptions options, DownloadTarget target)
            throws IOException {
        download(dialogueIds, ExchangeQueries.EVERY_LANGUAGE, format, options, target);
    }

    /** A download of the responses given in one of {@code languages} (at least one). */
    public void download(List<Long> dialogueIds, Set<Language> languages, ExportFormat format, CsvOptions options,
            DownloadTarget target) throws IOException {
        Actor actor = access.require(Permission.EXPORT);
        long organisation = access.organisation(Permission.EXPORT);
        ExportSelection selected = selection(dialogueIds, languages);
        OutputStream out = target.open(fileName(selected, format));
        audit.record(organisation, actor.username(), AuditAction.EXPORT, describe(selected, format, options));
        writer.write(organisation, selected, format, options, out);
    }

    private String fileName(ExportSelection selected, ExportFormat format) {
        String date = LocalDate.now(clock).toString();
        if (selected.size() == 1) {
            ExportedDialogue only = selected.rows().getFirst();
            return SafeFileName.of(format.extension(), SafeFileName.part(only.title()), String.valueOf(only.id()),
                    format.fileKind(), date);
        }
        return SafeFileName.of(format.extension(), "platskompassen", selected.size() + "-dialogues",
                format.fileKind(), date);
    }

    /** The dialogues to export, each with its place's name; refuses ids of other organisations as unknown. */
    private ExportSelection selection(List<Long> dialogueIds, Set<Language> languages) {
        access.organisation(Permission.EXPORT);
        if (dialogueIds.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one dialogue");
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one language");
        }
        Map<Long, Dialogue> found = new LinkedHashMap<>();
        for (long id : dialogueIds) {
            if (!found.containsKey(id)) {
                found.put(id, dialogues.find(id).orElseThrow(() -> new NotFoundException("Dialogue")));
            }
        }
        List<ExportedDialogue> rows = new ArrayList<>();
        for (Dialogue dialogue : found.values()) {
            String place = places.find(dialogue.placeId()).map(Place::name).orElse("");
            rows.add(new ExportedDialogue(dialogue.id(), dialogue.title(), place, dialogue.version()));
        }
        return new ExportSelection(List.copyOf(found.values()), rows, languages);
    }

    /** The export in words for the audit log: the format, and how many responses of which dialogues. */
    private String describe(ExportSelection selected, ExportFormat format, CsvOptions options) {
        String what = switch (format) {
            case CSV_WIDE -> "CSV, one row per response";
            case CSV_LONG -> "CSV, one row per answer";
            case CSV_CLIMATE -> "CSV, one row per climate answer";
            case XLSX -> "XLSX";
        };
        if (format.isCsv()) {
            what += options.semicolon() ? ", semicolons" : ", commas";
            what += options.byteOrderMark() ? ", with BOM" : "";
        }
        long total = 0;
        List<String> names = new ArrayList<>();
        for (Dialogue dialogue : selected.dialogues()) {
            total += selected.narrowsLanguages()
                    ? queries.count(dialogue.organisationId(), dialogue.id(), selected.languages())
                    : responses.counts(dialogue).started();
            names.add("\u201c" + dialogue.title() + "\u201d (" + dialogue.id() + ")");
        }
        String languages = selected.narrowsLanguages() ? " in languages " + selected.languages().stream().sorted()
                .map(Language::code).collect(Collectors.joining(", ")) : "";
        return what + ", " + total + " responses" + languages + " of " + String.join(", ", names);
    }
}
