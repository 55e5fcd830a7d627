package se.platskompassen.questionnaire.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import se.platskompassen.base.ui.LimitedUpload;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePack;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.PackUploads;

/**
 * A network admin's round trip of a language pack: every language with its names, review status
 * and number of texts; download its pack, let a translator change it, upload it again. The file
 * is checked in full and every problem listed before anything is saved; a file that passes is
 * summed up (texts changed, questionnaire revisions it will make) and saved only on request.
 */
@Route(value = "languages", layout = MainLayout.class)
@Menu(order = 125, title = "nav.languages", icon = "vaadin:globe")
@RolesAllowed(Role.NETWORK_ADMIN_NAME)
class LanguagePacksView extends StaffPage {

    /** A full pack is about 100 KB; room for long translations, not for anything else. */
    static final int MAX_PACK_BYTES = 2 * 1024 * 1024;

    private final LanguagePacks packs;
    private final PackUploads uploads;
    private final Div cards = new Div();
    private final PackReport report;
    private final DateTimeFormatter when;

    LanguagePacksView(LanguagePacks packs, PackUploads uploads, Clock clock) {
        this.packs = packs;
        this.uploads = uploads;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone());
        this.report = new PackReport(packs);
        addClassName("language-packs-view");
        setHeading(getTranslation("languages.heading"));
        setLead(getTranslation("languages.lead"));
        cards.addClassName("language-packs");
        addContent(report, cards);
        showCards();
    }

    private void showCards() {
        cards.removeAll();
        for (Language language : Language.values()) {
            cards.add(card(language));
        }
    }

    private Div card(Language language) {
        Optional<LanguagePack> pack = packs.pack(language);
        String staffName = LanguageNames.staffName(this, language);
        H2 title = new H2();
        pack.ifPresent(found -> {
            Span own = new Span(found.name());
            own.getElement().setAttribute("lang", language.code());
            own.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            title.add(own);
        });
        if (pack.isEmpty()) {
            title.add(new Span(staffName));
        } else if (!pack.get().name().equalsIgnoreCase(staffName)) {
            title.add(new Span(" – " + staffName));
        }
        Div card = new Div(title);
        card.addClassName("language-pack");
        card.getElement().setAttribute("data-language", language.code());
        if (pack.isEmpty()) {
            card.add(new Paragraph(getTranslation("languages.noPack")));
        } else {
            Paragraph status = new Paragraph(getTranslation("languages.status",
                    LanguageNames.status(this, pack.get().review())));
            status.addClassName("language-pack-status");
            Paragraph entries = new Paragraph(getTranslation("languages.entries", pack.get().texts().size()));
            entries.addClassName("language-pack-entries");
            card.add(status, entries, download(language, staffName));
        }
        card.add(upload(language));
        return card;
    }

    private Anchor download(Language language, String staffName) {
        String fileName = "platskompassen-language-" + language.code() + ".json";
        Anchor download = new Anchor();
        download.setText(getTranslation("languages.download", staffName));
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] file = uploads.download(language); // the pack in use when the link is followed
            return new DownloadResponse(new ByteArrayInputStream(file), fileName, "application/json", file.length);
        }), AttachmentType.DOWNLOAD);
        download.addClassName("language-pack-download");
        return download;
    }

    private Upload upload(Language language) {
        Upload upload = new Upload();
        upload.setUploadHandler(new LimitedUpload(MAX_PACK_BYTES, file -> {
            upload.clearFileList();
            check(file, language);
        }, () -> {
            upload.clearFileList();
            report.showRefused(getTranslation("languages.upload.tooBig", MAX_PACK_BYTES / (1024 * 1024)));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_PACK_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setDropAllowed(false);
        String label = getTranslation("languages.upload", LanguageNames.staffName(this, language));
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(label).setMany(label));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(label).setMany(label));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("languages.upload.oneFile"))
                .setFileIsTooBig(getTranslation("languages.upload.tooBig", MAX_PACK_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("languages.upload.notJson")));
        upload.setI18n(texts);
        upload.addFileRejectedListener(rejected -> report.showRefused(rejected.getErrorMessage()));
        upload.addClassName("language-pack-upload");
        return upload;
    }

    /**
     * Checks an uploaded file and shows every problem, or what saving it would do with a Save
     * button of its own (disabled on its first click, so a double tap saves once); saves nothing.
     */
    private void check(byte[] file, Language language) {
        PackUploads.Checked checked = uploads.check(file, language);
        if (!checked.passed()) {
            report.showProblems(language, checked);
        } else {
            report.showSummary(language, checked, () -> save(checked));
        }
    }

    private void save(PackUploads.Checked checked) {
        try {
            report.showSaved(uploads.save(checked));
        } catch (PackUploads.Refused refused) {
            report.showRefused(refusal(refused, LanguageNames.staffName(this, checked.language())));
        }
        showCards();
    }

    /** Why nothing was saved and what to do, in the admin's language (decision 0042). */
    private String refusal(PackUploads.Refused refused, String language) {
        return switch (refused.reason()) {
            case CHANGED_MEANWHILE -> refused.lastSave()
                    .map(last -> getTranslation("languages.refused.changed", language, last.by(),
                            when.format(last.at())))
                    .orElseGet(() -> getTranslation("languages.refused.changed.unknown", language));
            case PROBLEMS -> getTranslation("languages.refused.problems");
            case BUSY -> getTranslation("languages.refused.busy");
        };
    }
}
