package se.platskompassen.exchange;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the layouts put a row's cells, left to right; the CSV and XLSX writers each turn them into
 * their own kind of cell. Free text goes through {@link #text} and is neutralised against formula
 * injection there; {@link #code} is for the few values the application chooses from (theme codes,
 * modes, versions), {@link #id} for unique ids.
 */
interface RowSink {

    void text(@Nullable String freeText);

    void code(@Nullable String code);

    void id(String id);

    void number(@Nullable Number number);

    void time(@Nullable Instant time);

    void flag(boolean flag);

    void endRow();
}
