package se.platskompassen.exchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Writes an export on a thread of its own while the calling thread reads the database, so that
 * the database and the file format work at the same time instead of taking turns. The reader hands
 * over one step (e.g. "write these 500 responses") at a time; at most {@value #WAITING} steps wait,
 * so memory stays bounded. When writing fails (the browser went away), the next hand-over throws
 * and the reading stops; when reading fails, {@link #close()} stops the writer.
 */
final class WritePipeline implements AutoCloseable {

    /** Steps that may wait for the writer: with the one being written and the one being read, three chunks at most. */
    static final int WAITING = 1;

    interface Step {
        void run() throws IOException;
    }

    private static final Step END = () -> {
    };

    private final BlockingQueue<Step> steps = new ArrayBlockingQueue<>(WAITING);
    private final Thread writer;
    private volatile @Nullable Throwable failure;
    private boolean finished;

    WritePipeline(String name) {
        writer = Thread.ofPlatform().name(name).daemon(true).start(this::drain);
    }

    private void drain() {
        try {
            while (true) {
                Step step = steps.take();
                if (step == END) {
                    return;
                }
                step.run();
            }
        } catch (Throwable e) {
            failure = e;
            steps.clear();
        }
    }

    /** Hands a step to the writer, waiting while it is busy; throws at once when writing has failed. */
    void submit(Step step) {
        try {
            while (!steps.offer(step, 50, TimeUnit.MILLISECONDS)) {
                throwIfFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("Export interrupted"));
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        Throwable failed = failure;
        if (failed != null) {
            throw new WriteFailed(failed);
        }
    }

    /** Waits until everything handed over is written; rethrows what made writing fail. */
    void finish() throws IOException {
        submit(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        }
        finished = true;
        Throwable failed = failure;
        if (failed != null) {
            throw rethrow(failed);
        }
    }

    /** Stops the writer if the export did not finish (reading failed): nothing more is written. */
    @Override
    public void close() {
        if (!finished) {
            writer.interrupt();
            try {
                writer.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The writer's failure as what the export throws: its IOException, or the runtime exception itself. */
    static IOException rethrow(Throwable failed) {
        if (failed instanceof IOException io) {
            return io;
        }
        if (failed instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        return new IOException(failed);
    }

    /** Thrown into the reading when writing failed, to stop the database query. */
    static final class WriteFailed extends RuntimeException {

        WriteFailed(Throwable cause) {
            super("Writing the export failed", cause);
        }
    }
}
