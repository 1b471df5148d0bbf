package dev.storybrief.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bytes turned into text with the charset that fits them: a byte-order mark wins, then a declared charset, then
 * strict UTF-8, then a legacy CJK or Cyrillic charset when the bytes clearly are one ({@link LegacyCharsets}), else
 * windows-1252 (the usual charset of older Western news pages), which never fails.
 *
 * @param text    the decoded text, without a byte-order mark
 * @param charset the charset used
 * @param guessed true when the charset was a fallback rather than a proof, so the reader can be warned
 */
public record DecodedText(String text, Charset charset, boolean guessed) {

    /** Decodes bytes, preferring {@code declared} (e.g. from an HTML meta tag) when it is given and decodes cleanly. */
    public static DecodedText decode(byte[] bytes, Charset declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        // UTF-32's marks before UTF-16's: "FF FE 00 00" opens UTF-16LE's mark too, and read so it left a NUL as text
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            Charset utf32 = Charset.forName(bytes[0] == 0 ? "UTF-32BE" : "UTF-32LE");
            return new DecodedText(new String(bytes, 4, bytes.length - 4, utf32), utf32, false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            String text = strict(bytes, declared);
            if (text != null) {
                return new DecodedText(text, declared, false);
            }
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8, false);
        }
        Charset legacy = LegacyCharsets.guess(bytes, false);
        // composed (NFC): windows-1258 writes a tone as a mark after its vowel, every other reader expects "\u1ED9"
        return new DecodedText(java.text.Normalizer.normalize(new String(bytes, legacy), java.text.Normalizer.Form.NFC),
                legacy, true);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Why bytes that {@link #looksBinary look binary} are not read, in every reader's words. */
    public static final String BINARY = "binary file, not text";

    /** Why text saved as UTF-16 without its byte-order mark is not read, and what to do. */
    public static final String UTF16_WITHOUT_BOM = "UTF-16 without a byte-order mark; save as UTF-8";

    /**
     * Why bytes that {@link #looksBinary look binary} are not read: {@link #UTF16_WITHOUT_BOM} when they are text in
     * UTF-16 that lost its byte-order mark (which a reader can fix by saving it again), else {@link #BINARY}.
     */
    public static String whyBinary(byte[] bytes) {
        return looksLikeUtf16(bytes) ? UTF16_WITHOUT_BOM : BINARY;
    }

    /**
     * Whether the bytes read as UTF-16 text without a byte-order mark: Latin letters, digits, spaces and punctuation,
     * which every text has many of, are a NUL byte beside an ASCII one in UTF-16, so many NULs stand at even
     * positions (big-endian) or at odd ones (little-endian) and almost none at the others; in a binary file NULs fall
     * on both.
     */
    static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 8) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int half = n / 2;
        return Math.max(evenZeros, oddZeros) * 10 >= half * 3 && Math.min(evenZeros, oddZeros) * 20 <= half;
    }

    /**
     * Formats that open with a few printable bytes, so that the count of control characters below misses a short
     * one: PDF, PostScript, ZIP (and so DOCX, ODT, EPUB), PNG, JPEG, GIF.
     */
    private static final List<byte[]> SIGNATURES = Stream.of("%PDF-", "%!PS", "PK\u0003\u0004", "\u0089PNG",
            "\u00FF\u00D8\u00FF", "GIF87a", "GIF89a").map(s -> s.getBytes(StandardCharsets.ISO_8859_1)).toList();

    /**
     * True when the bytes look like a binary file: a known binary format's opening bytes, NUL bytes or many control
     * characters near the start.
     */
    public static boolean looksBinary(byte[] bytes) {
        for (byte[] signature : SIGNATURES) {
            if (bytes.length >= signature.length
                    && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length)) {
                return true;
            }
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return !startsWith(bytes, 0xFE, 0xFF) && !startsWith(bytes, 0xFF, 0xFE)
                        && !startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF);
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }
}
