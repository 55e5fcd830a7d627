package se.platskompassen.questionnaire;

import java.text.MessageFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages: what residents see comes from the language pack of the locale's
 * language, everything else (staff pages, in Swedish and English) from the message bundles
 * {@code i18n/messages*.properties}. Numbers in messages are written with the digits 0–9 in every
 * language, as on the scale (decision 0028). The key {@value #LANGUAGE_NAME} gives a pack's own
 * name for its language ("العربية"), for the resident's choice of language.
 */
@Configuration(proxyBeanMethods = false)
public class PackMessages {

    static final String LANGUAGE_NAME = "language.name";

    @Bean
    MessageSource messageSource(LanguagePacks packs) {
        return of(packs);
    }

    /** The messages of the packs in use, then of the bundles; also for code outside Spring (tests). */
    public static MessageSource of(LanguagePacks packs) {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        PackMessageSource source = new PackMessageSource(packs);
        source.setParentMessageSource(bundles);
        return source;
    }

    static final class PackMessageSource extends AbstractMessageSource {

        private final LanguagePacks packs;

        PackMessageSource(LanguagePacks packs) {
            this.packs = packs;
        }

        @Override
        protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
            if (LANGUAGE_NAME.equals(code)) {
                return packs.pack(Language.of(locale)).map(LanguagePack::name).orElse(null);
            }
            return packs.text(Language.of(locale), code).orElse(null);
        }

        @Override
        protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
            return packs.text(Language.of(locale), code)
                    .map(text -> new MessageFormat(text, latinDigits(locale)))
                    .orElse(null);
        }

        private static Locale latinDigits(Locale locale) {
            return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
        }
    }
}
