package se.platskompassen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text a person sees exists in Swedish and in English. */
class MessagesTest {

    @Test
    void every_key_exists_in_swedish_and_in_english() throws IOException {
        Properties swedish = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");

        assertThat(english.stringPropertyNames()).as("keys missing in English")
                .containsAll(swedish.stringPropertyNames());
        assertThat(swedish.stringPropertyNames()).as("keys missing in Swedish")
                .containsAll(english.stringPropertyNames());
    }

    @Test
    void no_text_is_empty_and_none_uses_a_plain_apostrophe_that_message_format_would_swallow() throws IOException {
        for (String file : new String[] {"i18n/messages.properties", "i18n/messages_en.properties"}) {
            Properties messages = load(file);
            Set<String> problems = new TreeSet<>();
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (text.isBlank() || text.contains("'")) {
                    problems.add(key);
                }
            }
            assertThat(problems).as("empty texts or plain apostrophes in " + file).isEmpty();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
