package se.platskompassen.questionnaire.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePack;
import se.platskompassen.questionnaire.LanguagePacks;

/**
 * How staff pages name a resident language: its own name from its pack ("العربية"), the staff
 * language's name for it from the message bundles ("arabiska") and how far its pack is checked,
 * so that a municipality sees which packs a native speaker should read before a workshop.
 */
public final class LanguageNames {

    private LanguageNames() {
    }

    /** The staff language's name for {@code language}, e.g. "arabiska" or "Arabic". */
    public static String staffName(Component page, Language language) {
        return page.getTranslation("language." + language.code());
    }

    /** "العربية – arabiska", or only "Svenska" where both names are the same. */
    public static String names(Component page, Optional<LanguagePack> pack, Language language) {
        String staffName = staffName(page, language);
        return pack.map(LanguagePack::name)
                .filter(own -> !own.equalsIgnoreCase(staffName))
                .map(own -> page.getTranslation("language.names", own, staffName))
                .orElse(pack.map(LanguagePack::name).orElse(staffName));
    }

    /** "källa", "utkast, inte granskat" or "granskat av … 2026-11-30". */
    public static String status(Component page, LanguagePack.Review review) {
        return page.getTranslation("language.status." + review.status().name(),
                review.reviewedBy() == null ? "" : review.reviewedBy(),
                review.reviewedOn() == null ? "" : review.reviewedOn().toString());
    }

    /** "العربية – arabiska (utkast, inte granskat)"; a language without a pack has no status. */
    public static String withStatus(Component page, LanguagePacks packs, Language language) {
        Optional<LanguagePack> pack = packs.pack(language);
        String names = names(page, pack, language);
        return pack.map(found -> page.getTranslation("language.withStatus", names, status(page, found.review())))
                .orElse(names);
    }
}
