package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private static final String WORDS = "Caf\u00e9 cr\u00e8me, na\u00efve \u00fcber \u2014 \u20ac5";

    private static byte[] page(String head, Charset charset) {
        return ("<html><head>" + head + "<title>t</title></head><body><p>" + WORDS + "</p></body></html>")
                .getBytes(charset);
    }

    @Test
    void metaCharsetIsHonoured() {
        byte[] bytes = page("<meta charset=\"windows-1252\">", Charset.forName("windows-1252"));
        assertThat(CharsetSniffer.detect(bytes).charset().name()).isEqualTo("windows-1252");
        assertThat(CharsetSniffer.decode(bytes)).contains(WORDS);
    }

    @Test
    void httpEquivDeclarationIsHonouredAndLatin1MeansWindows1252() {
        byte[] bytes = page("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>",
                Charset.forName("windows-1252"));
        assertThat(CharsetSniffer.detect(bytes).charset().name()).isEqualTo("windows-1252");
        assertThat(CharsetSniffer.decode(bytes)).contains(WORDS);
    }

    @Test
    void otherDeclaredCharsetsDecode() {
        String cyrillic = "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440";
        byte[] bytes = ("<meta charset=koi8-r><p>" + cyrillic + "</p>").getBytes(Charset.forName("KOI8-R"));
        assertThat(CharsetSniffer.decode(bytes)).contains(cyrillic);
        String japanese = "\u65e5\u672c\u8a9e\u306e\u8a18\u4e8b";
        byte[] sjis = ("<meta charset=Shift_JIS><p>" + japanese + "</p>").getBytes(Charset.forName("Shift_JIS"));
        assertThat(CharsetSniffer.decode(sjis)).contains(japanese);
    }

    @Test
    void byteOrderMarkWins() {
        byte[] body = page("<meta charset='windows-1252'>", StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(CharsetSniffer.detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decode(bytes)).startsWith("<html>").contains(WORDS);
        byte[] utf16 = ("\uFEFF<p>" + WORDS + "</p>").getBytes(StandardCharsets.UTF_16LE);
        assertThat(CharsetSniffer.decode(utf16)).isEqualTo("<p>" + WORDS + "</p>");
    }

    @Test
    void undeclaredDefaultsToUtf8AndFallsBackToWindows1252() {
        assertThat(CharsetSniffer.detect(page("", StandardCharsets.UTF_8)).charset()).isEqualTo(StandardCharsets.UTF_8);
        byte[] latin = page("", Charset.forName("windows-1252"));
        assertThat(CharsetSniffer.detect(latin).charset().name()).isEqualTo("windows-1252");
        assertThat(CharsetSniffer.decode(latin)).contains(WORDS);
    }

    @Test
    void validUtf8BeatsAWrongLatin1Declaration() {
        byte[] bytes = page("<meta charset='iso-8859-1'>", StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decode(bytes)).contains(WORDS);
    }

    /** A made-up Czech report, long enough for its letters to tell its charset. */
    private static final String CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl v pondělí ředitel přístavu."
            + " Severní nábřeží zůstane zavřené, dokud inženýři neopraví dva popraskané pilíře. Trajekty na ostrovy"
            + " budou do té doby odplouvat z jižního nábřeží, kde však chybí sklad i chladírna.";

    private static byte[] czechPage(String head, String charset) {
        return ("<html><head>" + head + "<title>Přístav</title></head><body><p>" + CZECH + "</p></body></html>")
                .getBytes(Charset.forName(charset));
    }

    @Test
    void anUndeclaredCentralEuropeanPageIsReadInItsCharset() {
        for (String charset : new String[] {"windows-1250", "ISO-8859-2"}) {
            byte[] bytes = czechPage("", charset);
            assertThat(CharsetSniffer.detect(bytes).charset().name()).as(charset).isEqualTo(charset);
            assertThat(CharsetSniffer.decode(bytes)).as(charset).contains(CZECH);
        }
    }

    @Test
    void aWrongDeclarationThatTheBytesClearlyContradictIsOverruled() {
        // a template's Latin-1 or UTF-8 declaration over a text saved in windows-1250
        for (String head : new String[] {"<meta charset='iso-8859-1'>", "<meta charset='utf-8'>",
            "<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"}) {
            CharsetSniffer.Detection d = CharsetSniffer.detect(czechPage(head, "windows-1250"));
            assertThat(d.charset().name()).as(head).isEqualTo("windows-1250");
            assertThat(d.source()).as(head).startsWith("guessed from the bytes (declared");
            assertThat(CharsetSniffer.decode(czechPage(head, "windows-1250"), d)).as(head).contains(CZECH);
        }
    }

    @Test
    void aDeclarationTheBytesFitStands() {
        // Western text under its own declaration, Czech under its own, and a short text ICU cannot be sure of
        byte[] french = ("<meta charset='windows-1252'><p>Le maire a déclaré lundi que le pont, fermé depuis mars,"
                + " rouvrira « dès que possible » après des travaux estimés à 2 millions d'euros.</p>")
                .getBytes(Charset.forName("windows-1252"));
        assertThat(CharsetSniffer.detect(french).charset().name()).isEqualTo("windows-1252");
        assertThat(CharsetSniffer.detect(czechPage("<meta charset='iso-8859-2'>", "ISO-8859-2")).source())
                .isEqualTo("declared in markup");
        assertThat(CharsetSniffer.detect(page("<meta charset=\"windows-1252\">", Charset.forName("windows-1252")))
                .charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void aSevenBitIso2022DeclarationOverEightBitBytesIsOverruled() {
        String japanese = "\u65e5\u672c\u8a9e\u306e\u8a18\u4e8b\u3067\u3059\u3002";
        byte[] genuine = ("<meta charset='iso-2022-jp'><p>" + japanese + "</p>").getBytes(Charset.forName("ISO-2022-JP"));
        assertThat(CharsetSniffer.detect(genuine).charset().name()).isEqualTo("ISO-2022-JP");
        assertThat(CharsetSniffer.decode(genuine)).contains(japanese);
        // a template's ISO-2022-JP label over a UTF-8 page: read as declared, the escape byte in the text
        // would turn the rest of the page, markup included, into one run of ideographs
        byte[] mislabelled = page("<meta charset='iso-2022-jp'>", StandardCharsets.UTF_8);
        CharsetSniffer.Detection d = CharsetSniffer.detect(mislabelled);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.source()).startsWith("guessed from the bytes (declared ISO-2022-JP");
        assertThat(CharsetSniffer.decode(mislabelled, d)).contains(WORDS);
    }

    @Test
    void utf8WithAStrayInvalidByteKeepsItsUtf8Declaration() {
        byte[] good = page("<meta charset='utf-8'>", StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xE9; // one Latin-1 "é" pasted at the end
        assertThat(CharsetSniffer.utf8Status(bytes)).isEqualTo(CharsetSniffer.Utf8Status.INVALID);
        assertThat(CharsetSniffer.mostlyInvalidUtf8(bytes)).isFalse();
        assertThat(CharsetSniffer.detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decode(bytes)).contains(WORDS);
    }

    @Test
    void unknownLabelsAreIgnored() {
        byte[] bytes = page("<meta charset='no-such-charset'>", StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8ValidationCatchesBadSequences() {
        assertThat(CharsetSniffer.utf8Status("plain".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(CharsetSniffer.Utf8Status.ASCII);
        assertThat(CharsetSniffer.utf8Status("\u00e9\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(CharsetSniffer.Utf8Status.MULTIBYTE);
        assertThat(CharsetSniffer.utf8Status(new byte[] {(byte) 0xC3})).isEqualTo(CharsetSniffer.Utf8Status.INVALID);
        assertThat(CharsetSniffer.utf8Status(new byte[] {(byte) 0xC0, (byte) 0x80}))
                .isEqualTo(CharsetSniffer.Utf8Status.INVALID);
        assertThat(CharsetSniffer.utf8Status(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isEqualTo(CharsetSniffer.Utf8Status.INVALID);
    }

    @Test
    void extractorBytesPathUsesTheDeclaredCharset() {
        String html = "<html><head><meta charset='windows-1252'><title>Caf\u00e9 news</title></head><body><div class='content'>"
                + "<p>" + String.join("</p><p>", SyntheticPages.BODY) + " Caf\u00e9 cr\u00e8me.</p></div></body></html>";
        ExtractedPage page = new HtmlArticleExtractor().extract(html.getBytes(Charset.forName("windows-1252")), null);
        assertThat(page.title()).isEqualTo("Caf\u00e9 news");
        assertThat(page.text()).contains("Caf\u00e9 cr\u00e8me.");
    }
}
