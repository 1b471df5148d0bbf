package dev.storybrief.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Recognises gzip-compressed input by its magic bytes and inflates it, refusing to grow past a limit. */
final class GzipInput {

    private GzipInput() {
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    /**
     * Inflates gzip bytes. Output beyond {@code maxBytes} is cut (a defence against decompression bombs);
     * {@code truncated[0]} tells whether that happened,
     * or whether the stream ended early (what inflated before the damage is kept).
     */
    static byte[] inflate(byte[] bytes, int maxBytes, boolean[] truncated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, bytes.length * 6 + 1024));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 64 * 1024)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                int room = maxBytes - out.size();
                if (n > room) {
                    out.write(buffer, 0, room);
                    truncated[0] = true;
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (out.size() > 0) {
                // A cut-off download still holds a usable page head; keep what inflated.
                truncated[0] = true;
                return out.toByteArray();
            }
            throw new ExtractionException("corrupt gzip input: " + oneLine(e.getMessage()), e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable stream" : s.replaceAll("\\s+", " ");
    }
}
