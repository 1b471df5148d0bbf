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
 * wrong are taken: the multi-byte CJK charsets (Shift_JIS, EUC-JP, GB18030/GBK, Big5, EUC-KR, ISO-2022), and the
 * single-byte charsets of languages windows-1252 cannot write: Central European (windows-1250, ISO-8859-2: Czech,
 * Polish, Hungarian, Slovak, Romanian...), Cyrillic (windows-1251, KOI8-R, ISO-8859-5), Greek (windows-1253,
 * ISO-8859-7), Turkish (windows-1254), Hebrew (windows-1255, ISO-8859-8) and Arabic (windows-1256, ISO-8859-6); each
 * when ICU ranks it first with some confidence and the bytes decode in it without error. ICU reads the single-byte
 * ones by the letter n-grams of their languages, so a Western text is ranked as Latin-1 first and stays
 * windows-1252, the usual charset of older Western news pages, which never fails; so does any text ICU is unsure of.
 */
public final class LegacyCharsets {

    /** windows-1252: the default when no other guess is taken. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The charsets taken from ICU's names, each decoded with what browsers use for it: Microsoft's code pages for
     * Shift_JIS and EUC-KR (they add characters such as circled numbers that such pages do use), windows-1254 for
     * ISO-8859-9 (a superset). ICU names a windows code page itself when the
     * bytes use its additions (0x80-0x9F: quotation marks, dashes, and š ś ť ž ź in windows-1250); for Hebrew it names
     * ISO-8859-8 even for windows-1255 text, whose gershayim ISO-8859-8 cannot decode, so windows-1255 reads both.
     */
    private static final Map<String, String> TAKEN = Map.ofEntries(
            Map.entry("Shift_JIS", "windows-31j"),
            Map.entry("EUC-JP", "EUC-JP"),
            Map.entry("GB18030", "GB18030"),
            Map.entry("Big5", "Big5"),
            Map.entry("EUC-KR", "x-windows-949"),
            Map.entry("ISO-2022-JP", "ISO-2022-JP"),
            Map.entry("ISO-2022-KR", "ISO-2022-KR"),
            Map.entry("ISO-2022-CN", "ISO-2022-CN"),
            Map.entry("windows-1250", "windows-1250"),
            Map.entry("ISO-8859-2", "ISO-8859-2"),
            Map.entry("windows-1251", "windows-1251"),
            Map.entry("KOI8-R", "KOI8-R"),
            Map.entry("ISO-8859-5", "ISO-8859-5"),
            Map.entry("windows-1253", "windows-1253"),
            Map.entry("ISO-8859-7", "ISO-8859-7"),
            Map.entry("windows-1254", "windows-1254"),
            Map.entry("ISO-8859-9", "windows-1254"),
            Map.entry("windows-1255", "windows-1255"),
            // windows-1255 for ISO-8859-8: the same letters, plus the punctuation Hebrew writes with them (geresh and
            // gershayim, as in abbreviations) and the vowel points; ICU names Hebrew ISO-8859-8 for either
            Map.entry("ISO-8859-8", "windows-1255"),
            Map.entry("ISO-8859-8-I", "windows-1255"),
            Map.entry("windows-1256", "windows-1256"),
            Map.entry("ISO-8859-6", "ISO-8859-6"));
    /** ICU's names of the Western charset, read as windows-1252 (as browsers read ISO-8859-1). */
    private static final java.util.Set<String> WESTERN = java.util.Set.of("ISO-8859-1", "windows-1252");

    /**
     * Fewest points of ICU's confidence (0-100) for a guess to be taken: below it ICU ranks charsets that merely
     * fail to exclude the bytes. A real article in one of the taken charsets scores above it, a CJK one far above it.
     */
    static final int MIN_CONFIDENCE = 25;

    /**
     * Fewest points for a guess when most of the text's letters are bytes above ASCII: no language windows-1252
     * writes looks so, so that default is surely wrong, and ICU's first guess is taken on less evidence. Its letter
     * n-grams are Russian's for windows-1251, so a Ukrainian or Bulgarian text (і, ї, є) scores about 20, not 25.
     */
    static final int MIN_CONFIDENCE_UNLATIN = 10;

    /**
     * How many points ICU must rank the bytes' charset above a declared one before the declaration is overruled: a
     * page's own declaration is its author's word, so a close call keeps it.
     */
    static final int OVERRULE_MARGIN = 15;

    /**
     * How many leading bytes ICU is given: it reads its letter n-grams from the first 8,000 bytes of text (tags left
     * out in markup), and scanning a whole page beyond them only costs time (a 240 kB page took three times as long).
     */
    private static final int SAMPLE_BYTES = 32 * 1024;

    private LegacyCharsets() {
    }

    /**
     * The charset to read {@code bytes} with when they are not UTF-8 and declare none; {@code markup} says they are
     * HTML or XML, whose tags ICU then leaves out of its counts.
     */
    public static Charset guess(byte[] bytes, boolean markup) {
        CharsetMatch[] ranked = rank(bytes, markup);
        Charset best = taken(ranked, bytes);
        if (best == null && writesVietnameseTones(bytes)) {
            return WINDOWS_1258;
        }
        return best == null ? WINDOWS_1252 : best;
    }

    /** windows-1258, Vietnamese: ICU has no detector for it, so it is told by its tone marks. */
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** windows-1258's combining tone marks: grave, hook above, tilde, acute, dot below. */
    private static final String TONE_MARKS = "\u00CC\u00D2\u00DE\u00EC\u00F2";
    /** The vowels a tone mark follows in windows-1258: ASCII ones, and \u00E2 \u00EA \u00F4 \u0103 \u01A1 \u01B0 in both cases. */
    private static final String VOWELS = "aeiouyAEIOUY\u00C2\u00C3\u00CA\u00D4\u00D5\u00DD\u00E2\u00E3\u00EA\u00F4\u00F5\u00FD";

    /**
     * Whether the bytes are Vietnamese in windows-1258: that code page writes a syllable's tone as a byte of its own
     * after the vowel (0xCC, 0xD2, 0xDE, 0xEC, 0xF2; "\u00EC" "\u00D2" in windows-1252), and Vietnamese marks the
     * tone of most syllables, so such bytes after a vowel come every few words. Western languages write those letters
     * (\u00EC, \u00F2, \u00DE) seldom after a vowel ("pu\u00F2", "ci\u00F2"): far fewer than one in twenty words. The
     * bytes must decode in windows-1258 too.
     */
    static boolean writesVietnameseTones(byte[] bytes) {
        int limit = Math.min(bytes.length, SAMPLE_BYTES);
        int tones = 0;
        int words = 1;
        for (int i = 0; i < limit; i++) {
            char c = (char) (bytes[i] & 0xFF);
            if (c == ' ' || c == '\n') {
                words++;
            } else if (i > 0 && TONE_MARKS.indexOf(c) >= 0 && VOWELS.indexOf((char) (bytes[i - 1] & 0xFF)) >= 0) {
                tones++;
            }
        }
        return tones >= 3 && tones * 20 >= words && decodesCleanly(bytes, WINDOWS_1258);
    }

    /**
     * The charset the bytes clearly are when it is not the {@code declared} one, else null (the declaration stands):
     * ICU ranks a taken charset first, confidently, at least {@link #OVERRULE_MARGIN} points above the declared
     * charset, and the bytes decode in it without error. A page saved as windows-1250 under a "charset=iso-8859-1"
     * its template always writes is read as windows-1250; bytes the declaration fits as well are left to it.
     */
    public static Charset contradicting(byte[] bytes, Charset declared, boolean markup) {
        if (!hasHighBytes(bytes)) {
            return null; // ASCII reads the same in every charset it could be
        }
        CharsetMatch[] ranked = rank(bytes, markup);
        Charset best = taken(ranked, bytes);
        if (best == null || best.equals(declared)) {
            return null;
        }
        int declaredConfidence = 0;
        for (CharsetMatch match : ranked) {
            if (declared.equals(charsetOf(match.getName()))) {
                declaredConfidence = Math.max(declaredConfidence, match.getConfidence());
            }
        }
        return ranked[0].getConfidence() - declaredConfidence >= OVERRULE_MARGIN ? best : null;
    }

    /** The charset as a reader knows it: its name, with what it is for the names browsers use. */
    public static String describe(Charset charset) {
        return switch (charset.name()) {
            case "windows-31j" -> "Shift_JIS (windows-31j)";
            case "x-windows-949" -> "EUC-KR (windows-949)";
            default -> charset.name();
        };
    }

    /** ICU's ranking of the bytes' charsets, best first; empty when the detector fails. */
    private static CharsetMatch[] rank(byte[] bytes, boolean markup) {
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.enableInputFilter(markup);
            detector.setText(bytes.length <= SAMPLE_BYTES ? bytes : java.util.Arrays.copyOf(bytes, SAMPLE_BYTES));
            CharsetMatch[] all = detector.detectAll();
            return all == null ? new CharsetMatch[0] : all;
        } catch (RuntimeException e) {
            return new CharsetMatch[0]; // a detector failure is no reason to lose the article
        }
    }

    /**
     * ICU's first guess when it is one of the taken charsets, confident, decodes the bytes, and reads them otherwise
     * than windows-1252 does; else null. The last check keeps a text whose letters the two charsets share (Finnish
     * or German in windows-1254, curly quotes alone) under the ordinary name: ICU's letter n-grams say little about a
     * few bytes, and the choice would change nothing but the warning.
     */
    private static Charset taken(CharsetMatch[] ranked, byte[] bytes) {
        if (ranked.length == 0 || ranked[0].getConfidence() < MIN_CONFIDENCE
                && (ranked[0].getConfidence() < MIN_CONFIDENCE_UNLATIN || !latinLettersFew(bytes))) {
            return null;
        }
        Charset charset = charsetOf(ranked[0].getName());
        if (charset == null || charset.equals(WINDOWS_1252)) {
            return null;
        }
        return decodesCleanly(bytes, charset) && !new String(bytes, charset).equals(new String(bytes, WINDOWS_1252))
                ? charset : null;
    }

    /** The Java charset for one of ICU's names, or null when it is none this class reads. */
    private static Charset charsetOf(String icuName) {
        String name = WESTERN.contains(icuName) ? WINDOWS_1252.name() : TAKEN.get(icuName);
        return name == null || !Charset.isSupported(name) ? null : Charset.forName(name);
    }

    /** Fewer ASCII letters than bytes above 0xBF (the letters of every single-byte code page): no Western text. */
    private static boolean latinLettersFew(byte[] bytes) {
        int ascii = 0;
        int high = 0;
        for (int i = 0; i < Math.min(bytes.length, SAMPLE_BYTES); i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC0) {
                high++;
            } else if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
                ascii++;
            }
        }
        return high > ascii;
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
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
