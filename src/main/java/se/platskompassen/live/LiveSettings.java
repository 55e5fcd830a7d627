package se.platskompassen.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live updates travel: {@code channel} is {@code auto} (PostgreSQL's LISTEN/NOTIFY when the
 * database is PostgreSQL, in-process otherwise), {@code postgres} or {@code local};
 * {@code threads} is how many threads call the listeners; {@code min-answers} is the fewest answers
 * a theme shows on the projector and the fewest new answers its picture changes by.
 */
@ConfigurationProperties("platskompassen.live")
record LiveSettings(@DefaultValue("auto") Channel channel, @DefaultValue("2") int threads,
        @DefaultValue("3") int minAnswers) {

    enum Channel { AUTO, POSTGRES, LOCAL }
}
