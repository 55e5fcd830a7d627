package se.platskompassen.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place that says which time zone the app lives in. Code reads it from the {@link Clock}
 * bean ({@code clock.getZone()}); only annotations, which need a constant, read {@link #ZONE_ID}.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** Swedish municipalities: dates shown and grouped by year in Swedish time. */
    public static final String ZONE_ID = "Europe/Stockholm";

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of(ZONE_ID));
    }
}
