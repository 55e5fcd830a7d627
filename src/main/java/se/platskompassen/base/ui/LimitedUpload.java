package se.platskompassen.base.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload taken into memory up to a size limit: a larger file is refused as it streams (at once
 * when the request announces its size, else as soon as the limit is passed), so that no upload
 * can fill the server's memory; the browser's own check is only a courtesy. The same rule as the
 * response import's upload, for any page that reads a small file.
 */
public final class LimitedUpload implements UploadHandler {

    /** Room for the multipart envelope around the file (boundaries, headers). */
    private static final long ENVELOPE = 64 * 1024;
    private static final int CHUNK = 16 * 1024;

    private final long maxBytes;
    private final SerializableConsumer<byte[]> received;
    private final SerializableRunnable tooLarge;

    /** {@code received} and {@code tooLarge} run in the UI's session lock. */
    public LimitedUpload(long maxBytes, SerializableConsumer<byte[]> received, SerializableRunnable tooLarge) {
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
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = event.getInputStream()) {
            for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
                if (file.size() + (long) read > maxBytes) {
                    refuse(event);
                    return;
                }
                file.write(chunk, 0, read);
            }
        }
        byte[] bytes = file.toByteArray();
        event.getUI().access(() -> received.accept(bytes));
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
