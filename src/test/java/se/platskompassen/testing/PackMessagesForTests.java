package se.platskompassen.testing;

import java.text.MessageFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;

/**
 * The application's messages without Spring, for plain unit tests of what prints them (the paper
 * form): a key from the shipped language pack of the locale's language, else from the message
 * bundles, numbers in the digits 0–9 — as {@code questionnaire.PackMessages} answers them.
 */
public final class PackMessagesForTests {

    private PackMessagesForTests() {
    }

    public static MessageSource create() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        LanguagePacks packs = new LanguagePacks();
        AbstractMessageSource source = new AbstractMessageSource() {
            @Override
            protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
                Locale latinDigits = new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn")
                        .build();
                return packs.text(Language.of(locale), code).map(text -> new MessageFormat(text, latinDigits))
                        .orElse(null);
            }
        };
        source.setParentMessageSource(bundles);
        return source;
    }
}
