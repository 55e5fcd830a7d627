package se.platskompassen.base;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a file being downloaded goes: told the file's name first, it gives the stream to write
 * the file into. The service that writes the file reads what it needs once and then names and
 * writes it, instead of reading everything again for the name.
 */
@FunctionalInterface
public interface DownloadTarget {

    OutputStream open(String fileName) throws IOException;
}
