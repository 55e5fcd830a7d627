package se.platskompassen.response;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long after a dialogue closes a resident may still save and submit a response they had
 * started before the close ({@code platskompassen.dialogue.close-grace}, 30 minutes unless set):
 * long enough to finish fourteen themes at a calm pace, short enough that "closed" soon means
 * nothing more comes in.
 */
@ConfigurationProperties("platskompassen.dialogue")
public record DialogueClosing(@DefaultValue("30m") Duration closeGrace) {
}
