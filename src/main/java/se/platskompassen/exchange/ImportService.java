package se.platskompassen.exchange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.response.ResponseService;

/**
 * The import of responses from a CSV file in the wide export format into one of the
 * organisation's dialogues: first a check that saves nothing, then the import, all or nothing.
 * Staff with {@link Permission#RUN_DIALOGUES} only; another organisation's dialogue is not found,
 * exactly like one that does not exist. Every import is recorded in the audit log.
 */
@Service
public class ImportService {

    /**
     * The largest import file taken, in bytes (the upload is held in memory while it is checked;
     * a larger one is refused while it streams, and spring.servlet.multipart limits the request).
     */
    public static final int MAX_IMPORT_BYTES = ImportCheck.MAX_BYTES;

    private final DialogueService dialogues;
    private final ResponseService responses;
    private final TenantAccess access;
    private final AuditLog audit;
    private final ImportCheck check;

    ImportService(DialogueService dialogues, ResponseService responses, TenantAccess access, AuditLog audit,
            ImportCheck check) {
        this.dialogues = dialogues;
        this.responses = responses;
        this.access = access;
        this.audit = audit;
        this.check = check;
    }

    /**
     * Checks a CSV file in the wide export format for import into one of the organisation's
     * dialogues: every problem, and how many responses it would add. Saves nothing.
     */
    @Transactional(readOnly = true)
    public ImportReport checkImport(long dialogueId, byte[] csv) {
        Dialogue dialogue = importTarget(dialogueId);
        return check.check(dialogue, csv).report();
    }

    /**
     * Imports a CSV file in the wide export format into one of the organisation's dialogues, all
     * at once in one transaction: when the file has any problem, nothing is saved and
     * {@link ImportRejectedException} carries the report. Responses whose id is already in the
     * dialogue are left as they are, so importing the same file twice adds nothing.
     */
    @Transactional
    public ImportResult importCsv(long dialogueId, byte[] csv) {
        Actor actor = access.require(Permission.RUN_DIALOGUES);
        Dialogue dialogue = importTarget(dialogueId);
        ImportCheck.Checked checked = check.check(dialogue, csv);
        if (!checked.report().acceptable()) {
            throw new ImportRejectedException(checked.report());
        }
        int added = responses.record(dialogue, checked.fresh());
        int already = checked.rows() - added;
        audit.record(dialogue.organisationId(), actor.username(), AuditAction.IMPORT, added
                + " responses imported into \u201c" + dialogue.title() + "\u201d (" + dialogue.id() + "), " + already
                + " were there already");
        return new ImportResult(added, already);
    }

    private Dialogue importTarget(long dialogueId) {
        access.organisation(Permission.RUN_DIALOGUES);
        return dialogues.find(dialogueId).orElseThrow(() -> new NotFoundException("Dialogue"));
    }
}
