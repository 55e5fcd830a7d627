package se.platskompassen.live;

/** One instance (the embedded database): the listeners are signalled in-process. */
final class LocalChannel implements LiveChannel {

    private final LiveUpdates updates;

    LocalChannel(LiveUpdates updates) {
        this.updates = updates;
    }

    @Override
    public void publish(long dialogueId) {
        updates.signal(dialogueId);
    }
}
