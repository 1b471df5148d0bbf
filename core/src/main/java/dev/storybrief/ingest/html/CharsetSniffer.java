package dev.storybrief.ingest.html;

import dev.storybrief.ingest.LegacyCharsets;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode the bytes of an HTML page: a byte-order mark wins, then a charset declared in
 * the first bytes ({@code <meta charset>}, {@code <meta http-equiv="Content-Type" content="...; charset=...">}
 * or an XML declaration) unless the bytes clearly contradict it, else UTF-8 when the bytes are valid UTF-8 and, when
 * they are not, a legacy charset they clearly are ({@link LegacyCharsets}: CJK, Central European, Cyrillic, Greek,
 * Turkish, Hebrew, Arabic), else windows-1252.
 */
public final class CharsetSniffer {

    /** How many leading bytes are searched for a declaration (browsers look at 1024; pages often put it later). */
    static final int PRESCAN_BYTES = 8192;

    private static final Charset WINDOWS_1252 = LegacyCharsets.WINDOWS_1252;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]{2,40})", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {
    }

    /** The charset to decode {@code bytes} with, and how it was decided. */
    public static Detection detect(byte[] bytes) {
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            return new Detection(bom, "byte-order mark");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset declared = declared(head);
        if (declared != null) {
            return checked(bytes, declared);
        }
        if (utf8Status(bytes) != Utf8Status.INVALID) {
            return new Detection(StandardCharsets.UTF_8, "default (valid UTF-8)");
        }
        Charset legacy = LegacyCharsets.guess(bytes, true);
        return new Detection(legacy, legacy.equals(WINDOWS_1252) ? "fallback (bytes are not valid UTF-8)"
                : "guessed from the bytes (not valid UTF-8, no declaration)");
    }

    /**
     * The declared charset unless the bytes contradict it: valid multi-byte UTF-8 under a Latin-1 label (Latin-1 text
     * practically never forms it), bytes mostly invalid as UTF-8 under a UTF-8 label (a template's declaration over
     * a legacy text; a stray invalid byte in UTF-8 text keeps UTF-8), or bytes ICU clearly ranks as another legacy
     * charset than the declared one ({@link LegacyCharsets#contradicting}).
     */
    private static Detection checked(byte[] bytes, Charset declared) {
        Utf8Status utf8 = utf8Status(bytes);
        if (isSingleByteLatin(declared) && utf8 == Utf8Status.MULTIBYTE) {
            return new Detection(StandardCharsets.UTF_8, "valid UTF-8 despite declared " + declared.name());
        }
        if (declared.equals(StandardCharsets.UTF_8)) {
            if (utf8 != Utf8Status.INVALID || !mostlyInvalidUtf8(bytes)) {
                return new Detection(declared, "declared in markup");
            }
            Charset legacy = LegacyCharsets.guess(bytes, true);
            return new Detection(legacy, "guessed from the bytes (declared UTF-8, but they are not)");
        }
        if (isSevenBit(declared) && manyHighBytes(bytes)) {
            Charset actual = utf8 != Utf8Status.INVALID || !mostlyInvalidUtf8(bytes) ? StandardCharsets.UTF_8
                    : LegacyCharsets.guess(bytes, true);
            return new Detection(actual, "guessed from the bytes (declared " + declared.name()
                    + ", a 7-bit charset, over 8-bit bytes)");
        }
        Charset other = LegacyCharsets.contradicting(bytes, declared, true);
        return other == null ? new Detection(declared, "declared in markup")
                : new Detection(other, "guessed from the bytes (declared " + declared.name() + ", but they are not)");
    }

    /**
     * Whether the bytes hold more byte sequences that are invalid as UTF-8 than valid multi-byte ones: text in a
     * legacy charset forms almost no valid sequence, UTF-8 text cut or patched in one place almost no invalid one.
     */
    static boolean mostlyInvalidUtf8(byte[] b) {
        int[] counts = utf8Sequences(b, false);
        return counts[1] > counts[0];
    }

    /**
     * The valid multi-byte UTF-8 sequences and the bytes that start none, counted over {@code b}; with
     * {@code stopAtInvalid}, up to the first invalid byte only.
     */
    private static int[] utf8Sequences(byte[] b, boolean stopAtInvalid) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length && !(stopAtInvalid && invalid > 0)) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(b, i);
            if (length > 0) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    /** Decodes {@code bytes} with the detected charset; malformed sequences become U+FFFD and a BOM is dropped. */
    public static String decode(byte[] bytes) {
        return decode(bytes, detect(bytes));
    }

    /** Decodes {@code bytes} with an earlier detection's charset, dropping a BOM. */
    public static String decode(byte[] bytes, Detection d) {
        int skip = bomLength(bytes, d.charset());
        String text = new String(bytes, skip, bytes.length - skip, d.charset());
        return text;
    }

    /** A decision: the charset and a short human-readable source. */
    public record Detection(Charset charset, String source) {
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b, Charset charset) {
        if (byteOrderMark(b) == null) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    static Charset declared(String head) {
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Charset c = lookup(xml.group(1));
            if (c != null) {
                return c;
            }
        }
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset c = lookup(m.group(1));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * Maps a declared label to a charset the way browsers do: Latin-1 and ASCII labels mean windows-1252,
     * and a UTF-16 label inside ASCII-compatible markup can only be a mistake, so it means UTF-8.
     */
    static Charset lookup(String label) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252":
                return WINDOWS_1252;
            case "utf-16", "utf-16le", "utf-16be", "utf8", "unicode-1-1-utf-8":
                return StandardCharsets.UTF_8;
            case "gb2312", "gbk", "x-gbk":
                return supported("GB18030");
            case "shift-jis", "shift_jis", "sjis", "x-sjis", "ms_kanji":
                return supported("windows-31j");
            case "euc-kr", "ks_c_5601-1987":
                return supported("x-windows-949");
            case "tis-620", "iso-8859-11":
                return supported("x-windows-874");
            default:
                return supported(name);
        }
    }

    private static Charset supported(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * The ISO-2022 charsets are 7-bit and switch between character sets by escape sequences: read under such a label,
     * 8-bit bytes turn everything after a stray escape into one run of ideographs, which also hides the page's markup.
     */
    private static boolean isSevenBit(Charset c) {
        return c.name().toUpperCase(Locale.ROOT).contains("2022");
    }

    /** More 8-bit bytes than one in a thousand: more than a stray byte pasted into a 7-bit text. */
    private static boolean manyHighBytes(byte[] b) {
        int high = 0;
        for (byte x : b) {
            if (x < 0) {
                high++;
            }
        }
        return high > b.length / 1000;
    }

    private static boolean isSingleByteLatin(Charset c) {
        return c.equals(WINDOWS_1252) || c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII);
    }

    /** Whether bytes are valid UTF-8, and whether they use any multi-byte sequence. */
    enum Utf8Status { ASCII, MULTIBYTE, INVALID }

    static Utf8Status utf8Status(byte[] b) {
        int[] counts = utf8Sequences(b, true);
        return counts[1] > 0 ? Utf8Status.INVALID : counts[0] > 0 ? Utf8Status.MULTIBYTE : Utf8Status.ASCII;
    }

    /** The length of the valid multi-byte UTF-8 sequence starting at {@code i}, or 0 when none starts there. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int extra;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            min = 0x10000;
        } else {
            return 0;
        }
        int cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; k++) {
            if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0;
        }
        return extra + 1;
    }
}
