package se.platskompassen.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Swedish municipalities: dates shown and grouped by year in Swedish time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
