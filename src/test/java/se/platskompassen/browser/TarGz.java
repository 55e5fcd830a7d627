package se.platskompassen.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Reads one file out of a gzipped tar archive (such as an npm package); just enough of ustar for that. */
final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    static Optional<byte[]> read(byte[] archive, String wanted) throws IOException {
        try (InputStream tar = new GZIPInputStream(new ByteArrayInputStream(archive))) {
            while (true) {
                byte[] header = tar.readNBytes(BLOCK);
                if (header.length < BLOCK || isZero(header)) {
                    return Optional.empty(); // end of archive
                }
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155); // ustar: long paths are split into prefix and name
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                long size = Long.parseLong(text(header, 124, 12).trim(), 8);
                byte type = header[156];
                if (path.equals(wanted) && (type == '0' || type == 0)) {
                    return Optional.of(tar.readNBytes(Math.toIntExact(size)));
                }
                tar.skipNBytes((size + BLOCK - 1) / BLOCK * BLOCK);
            }
        }
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] block) {
        return Arrays.equals(block, new byte[BLOCK]);
    }
}
