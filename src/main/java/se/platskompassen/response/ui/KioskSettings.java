package se.platskompassen.response.ui;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a shared tablet waits before it returns to the start: after the thanks, and when a
 * respondent walked away in the middle (what they answered so far stays saved).
 */
@ConfigurationProperties("platskompassen.kiosk")
record KioskSettings(@DefaultValue("60s") Duration thanksReturn, @DefaultValue("180s") Duration idleReturn) {
}
