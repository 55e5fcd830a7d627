package se.platskompassen.exchange.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Takes an uploaded file into memory up to a limit, and refuses a larger one while it streams:
 * at once when the request announces its size, else as soon as one byte more than the limit has
 * arrived, so a huge or endless upload never fills the memory. The browser's own size check is
 * only a courtesy; this is the one that holds.
 */
final class BoundedUpload implements UploadHandler {

    /** Room for the multipart envelope around the file (boundaries, headers). */
    private static final long ENVELOPE = 64 * 1024;

    private final long maxBytes;
    private final SerializableConsumer<byte[]> received;
    private final SerializableRunnable tooLarge;

    /** {@code received} and {@code tooLarge} run in the UI's session lock. */
    BoundedUpload(long maxBytes, SerializableConsumer<byte[]> received, SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = event.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (file.size() + (long) read > maxBytes) {
                    refuse(event);
                    return;
                }
                file.write(buffer, 0, read);
            }
        }
        byte[] data = file.toByteArray();
        event.getUI().access(() -> received.accept(data));
    }

    private void refuse(UploadEvent event) {
        event.reject("The file is larger than " + maxBytes + " bytes");
        event.getUI().access(tooLarge::run);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + ENVELOPE;
    }
}
