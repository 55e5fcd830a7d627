package se.platskompassen.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import se.platskompassen.questionnaire.Language;

/**
 * Vaadin's translations from the same message bundles ({@code i18n/messages*.properties}) that
 * the rest of the application uses: Swedish is the default, English the second language.
 */
@Component
class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final transient MessageSource messages;

    TranslationProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Language.of(locale).locale());
        } catch (NoSuchMessageException e) {
            log.warn("Missing message key {} for {}", key, locale);
            return key;
        }
    }
}
