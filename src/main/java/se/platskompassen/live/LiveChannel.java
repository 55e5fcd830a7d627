package se.platskompassen.live;

/** Carries "this dialogue changed" from a committed transaction to the listeners of every instance. */
sealed interface LiveChannel permits LocalChannel, PostgresChannel {

    void publish(long dialogueId);
}
