package se.platskompassen.live;

/** A subscription to live updates; {@link #remove()} (or {@link #close()}) ends it. Removing twice is harmless. */
public interface LiveSubscription extends AutoCloseable {

    void remove();

    @Override
    default void close() {
        remove();
    }
}
