package se.platskompassen.exchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The moments of an import file, as the export writes them or as a spreadsheet may have rewritten them. */
final class ImportTimes {

    private static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private ImportTimes() {
    }

    /**
     * A moment as the export writes it (ISO 8601 with an offset, {@code 2026-05-01T10:00:00Z}), or
     * as a spreadsheet may have rewritten it: a local date and time, or a date, in the app's time zone (Swedish time).
     */
    static @Nullable Instant parse(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notWithOffset) {
            try {
                return LocalDateTime.parse(text, LOCAL_TIME).atZone(zone).toInstant();
            } catch (DateTimeException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(zone).toInstant();
                } catch (DateTimeException notADate) {
                    return null;
                }
            }
        }
    }
}
