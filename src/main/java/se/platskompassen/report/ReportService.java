package se.platskompassen.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Series;
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

/**
 * PDF reports of one of the organisation's dialogues (in any resident language) and of a
 * comparison (in Swedish or English; {@link ReportWords}). Staff with {@link Permission#EXPORT} only; another
 * organisation's dialogue is not found, exactly like one that does not exist, and nothing is
 * written then. Every report is recorded in the audit log.
 *
 * <p>Figures come from {@link AnalysisService#compare} ({@link ReportContents}), so they pass the
 * organisation's small-group rule exactly as on the analysis pages: a hidden figure never reaches
 * the PDF.
 */
@Service
public class ReportService {

    private final DialogueService dialogues;
    private final TenantAccess access;
    private final AuditLog audit;
    private final ReportContents contents;
    private final ReportWords words;

    ReportService(DialogueService dialogues, TenantAccess access, AuditLog audit, ReportContents contents,
            ReportWords words) {
        this.dialogues = dialogues;
        this.access = access;
        this.audit = audit;
        this.contents = contents;
        this.words = words;
    }

    // --- a dialogue -------------------------------------------------------------------------------

    /** A safe file name for the report of one of the organisation's dialogues, e.g. {@code kvallsmote-12-rapport-2026-05-04.pdf}. */
    public String dialogueFileName(long dialogueId, Locale locale) {
        return dialogueFileName(own(dialogueId), locale);
    }

    /** Writes the report of one of the organisation's dialogues to {@code out} (flushed, not closed). */
    public void dialogueReport(long dialogueId, Locale locale, OutputStream out) throws IOException {
        dialogueReport(dialogueId, locale, fileName -> out);
    }

    /** The same as a download: the dialogue is read once, then the report is named and written into what {@code target} opens. */
    public void dialogueReport(long dialogueId, Locale locale, DownloadTarget target) throws IOException {
        Actor actor = access.require(Permission.EXPORT);
        Dialogue dialogue = own(dialogueId);
        DialogueReport report = contents.of(dialogue, locale);
        audit.record(dialogue.organisationId(), actor.username(), AuditAction.EXPORT, "PDF report ("
                + ReportWords.language(locale).code() + ") of \u201c" + dialogue.title() + "\u201d (" + dialogue.id() + ")");
        words.pdf(locale).dialogue(report, target.open(dialogueFileName(dialogue, locale)));
    }

    private String dialogueFileName(Dialogue dialogue, Locale locale) {
        return SafeFileName.of("pdf", SafeFileName.part(dialogue.title()), String.valueOf(dialogue.id()),
                words.text("report.file.dialogue", locale), contents.today().toString());
    }

    // --- a comparison -----------------------------------------------------------------------------

    /** A safe file name for the report of a comparison, e.g. {@code platskompassen-jamforelse-2026-05-04.pdf}. */
    public String comparisonFileName(Locale locale) {
        access.organisation(Permission.EXPORT);
        return SafeFileName.of("pdf", "platskompassen", words.text("report.file.comparison", locale),
                contents.today().toString());
    }

    /**
     * Writes the report of up to four series compared within the filter, as on the compare page,
     * to {@code out} (flushed, not closed). A place or dialogue of another organisation is not
     * found, and nothing is written then.
     */
    public void comparisonReport(Filter filter, List<Series> series, Locale locale, OutputStream out)
            throws IOException {
        comparisonReport(filter, series, locale, fileName -> out);
    }

    /** The same as a download: the report is named and written into what {@code target} opens. */
    public void comparisonReport(Filter filter, List<Series> series, Locale locale, DownloadTarget target)
            throws IOException {
        Actor actor = access.require(Permission.EXPORT);
        long organisation = access.organisation(Permission.EXPORT);
        ComparisonReport report = contents.of(filter, series, locale);
        // The comparison keeps the series in the order asked, one to one.
        audit.record(organisation, actor.username(), AuditAction.EXPORT, "PDF report (" + ReportWords.language(locale).code()
                + ") of a comparison: " + series.stream().map(Series::token).collect(Collectors.joining(", ")));
        words.pdf(locale).comparison(report, target.open(comparisonFileName(locale)));
    }

    private Dialogue own(long dialogueId) {
        access.organisation(Permission.EXPORT);
        return dialogues.find(dialogueId).orElseThrow(() -> new NotFoundException("Dialogue"));
    }
}
