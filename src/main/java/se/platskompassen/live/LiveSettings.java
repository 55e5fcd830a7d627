package se.platskompassen.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live updates travel: {@code channel} is {@code auto} (PostgreSQL's LISTEN/NOTIFY when the
 * database is PostgreSQL, in-process otherwise), {@code postgres} or {@code local};
 * {@code threads} is how many threads call the listeners.
 */
@ConfigurationProperties("platskompassen.live")
record LiveSettings(@DefaultValue("auto") Channel channel, @DefaultValue("2") int threads) {

    enum Channel { AUTO, POSTGRES, LOCAL }
}
