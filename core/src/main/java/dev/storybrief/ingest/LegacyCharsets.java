package dev.storybrief.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Map;

/**
 * The charset of bytes that are not UTF-8 and declare none, guessed with ICU4J's {@link CharsetDetector} (byte
 * patterns and letter n-grams of each charset's languages). Only the guesses that windows-1252 would get badly
 * wrong are taken: the multi-byte CJK charsets (Shift_JIS, EUC-JP, GB18030/GBK, Big5, EUC-KR, ISO-2022) and the
 * Cyrillic ones (windows-1251, KOI8-R, ISO-8859-5), when ICU ranks one of them first with some confidence and the
 * bytes decode in it without error. Any other guess, a Latin one above all, gives windows-1252, the usual charset
 * of older Western news pages, which never fails: between the Latin charsets ICU's guess on a short article is
 * less sure than the plain default.
 */
public final class LegacyCharsets {

    /** windows-1252: the default when no other guess is taken. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The charsets taken from ICU's names, each decoded with the superset that browsers use for it (Microsoft's
     * code pages add characters such as circled numbers that pages in "Shift_JIS" or "EUC-KR" do use).
     */
    private static final Map<String, String> TAKEN = Map.of(
            "Shift_JIS", "windows-31j",
            "EUC-JP", "EUC-JP",
            "GB18030", "GB18030",
            "Big5", "Big5",
            "EUC-KR", "x-windows-949",
            "ISO-2022-JP", "ISO-2022-JP",
            "ISO-2022-KR", "ISO-2022-KR",
            "ISO-2022-CN", "ISO-2022-CN",
            "windows-1251", "windows-1251",
            "KOI8-R", "KOI8-R");
    /** ISO-8859-5 beside them (Map.of takes ten pairs). */
    private static final String ISO_8859_5 = "ISO-8859-5";

    /**
     * Fewest points of ICU's confidence (0-100) for a guess to be taken: below it ICU ranks charsets that merely
     * fail to exclude the bytes. A real Cyrillic article scores above it, a CJK one far above it.
     */
    static final int MIN_CONFIDENCE = 25;

    private LegacyCharsets() {
    }

    /**
     * The charset to read {@code bytes} with when they are not UTF-8 and declare none; {@code markup} says they are
     * HTML or XML, whose tags ICU then leaves out of its counts.
     */
    public static Charset guess(byte[] bytes, boolean markup) {
        CharsetMatch best;
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.enableInputFilter(markup);
            detector.setText(bytes);
            best = detector.detect();
        } catch (RuntimeException e) {
            return WINDOWS_1252; // a detector failure is no reason to lose the article
        }
        if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
            return WINDOWS_1252;
        }
        String name = best.getName().equals(ISO_8859_5) ? ISO_8859_5 : TAKEN.get(best.getName());
        if (name == null || !Charset.isSupported(name)) {
            return WINDOWS_1252;
        }
        Charset charset = Charset.forName(name);
        return decodesCleanly(bytes, charset) ? charset : WINDOWS_1252;
    }

    /** The charset as a reader knows it: its name, with what it is for the names browsers use. */
    public static String describe(Charset charset) {
        return switch (charset.name()) {
            case "windows-31j" -> "Shift_JIS (windows-31j)";
            case "x-windows-949" -> "EUC-KR (windows-949)";
            default -> charset.name();
        };
    }

    private static boolean decodesCleanly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
