package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.html.CharsetSniffer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text without a byte-order mark or declaration that is not UTF-8 is read in the legacy charset it is written in when
 * that is a CJK one or the single-byte charset of a language windows-1252 cannot write (Central European, Cyrillic,
 * Greek, Turkish, Hebrew, Arabic), and as windows-1252 otherwise (made-up sentences, encoded here).
 */
class LegacyCharsetsTest {

    private static final String JAPANESE = "港の北側の岸壁は火曜日に閉鎖された。技術者が二本の柱にひびを見つけたと、"
            + "港湾局の委員長が述べた。島へのフェリーは修理が終わるまで南側の岸壁から出航する。";
    private static final String CHINESE_SIMPLIFIED = "港务局星期二关闭了北码头，因为工程师在两根柱子上发现了裂缝。"
            + "在修理完成之前，开往岛屿的渡轮将从南码头出发。";
    private static final String CHINESE_TRADITIONAL = "港務局星期二關閉了北碼頭，因為工程師在兩根柱子上發現了裂縫。"
            + "在修理完成之前，開往島嶼的渡輪將從南碼頭出發。";
    private static final String KOREAN = "항만청은 화요일 기술자들이 기둥 두 개에서 균열을 발견한 뒤 북쪽 부두를 폐쇄했다고 밝혔다."
            + " 섬으로 가는 여객선은 수리가 끝날 때까지 남쪽 부두에서 출발한다.";
    private static final String UKRAINIAN = "Управління порту у вівторок закрило північний причал після того, як"
            + " інженери знайшли тріщини у двох опорах. Пороми на острови відходитимуть від південного причалу, де,"
            + " за словами рибалок, немає ні льоду, ні холодильного складу. Мешканці кажуть, що їм ніхто нічого не"
            + " пояснив, і вимагають зустрічі з міським головою.";
    private static final String BULGARIAN = "Пристанищната администрация затвори във вторник северния кей, след като"
            + " инженерите откриха пукнатини в две от опорите. Фериботите до островите ще тръгват от южния кей,"
            + " където според рибарите няма нито лед, нито хладилен склад.";
    private static final String RUSSIAN = "Управление порта во вторник закрыло северный причал после того, как инженеры"
            + " обнаружили трещины в двух опорах. Паромы на острова будут отходить от южного причала.";
    private static final String FRENCH = "Le port a fermé mardi le quai nord après que des ingénieurs ont découvert des"
            + " fissures dans deux piliers, a déclaré sa présidente. Les ferries partiront du quai sud, "
            + "où il n’y a ni glace ni chambre froide : « une perte », disent les pêcheurs.";
    private static final String GERMAN = "Die Hafenbehörde schloss am Dienstag den Nordkai, nachdem Ingenieure Risse in"
            + " zwei Pfeilern gefunden hatten. Die Fähren legen bis zum Ende der Reparaturen am Südkai ab.";

    private static final String CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl v pondělí ředitel přístavu."
            + " Severní nábřeží zůstane zavřené, dokud inženýři neopraví dva popraskané pilíře. Trajekty na ostrovy"
            + " budou do té doby odplouvat z jižního nábřeží, kde však chybí sklad i chladírna.";
    private static final String POLISH = "Zarząd portu zamknął we wtorek północne nabrzeże, gdy inżynierowie znaleźli"
            + " pęknięcia w dwóch filarach. Promy na wyspy będą odpływać z południowego nabrzeża, gdzie nie ma lodu"
            + " ani chłodni, co rybacy nazywają wielką stratą dla całego miasta.";
    private static final String HUNGARIAN = "A kikötői hatóság kedden lezárta az északi rakpartot, miután a mérnökök"
            + " repedéseket találtak két pilléren. A szigetekre tartó kompok a javítás végéig a déli rakpartról"
            + " indulnak, ahol nincs jég és hűtőház sem, panaszolják a halászok.";
    private static final String SLOVAK = "Správa prístavu v utorok zatvorila severné nábrežie, keď inžinieri"
            + " objavili trhliny v dvoch pilieroch. Trajekty na ostrovy budú až do konca opráv odchádzať z južného"
            + " nábrežia, kde však ľudia nemajú sklad ani chladiareň, sťažujú sa rybári.";
    private static final String GREEK = "Η λιμενική αρχή έκλεισε την Τρίτη τη βόρεια προβλήτα, αφού οι μηχανικοί"
            + " βρήκαν ρωγμές σε δύο πυλώνες. Τα πλοία για τα νησιά θα αναχωρούν από τη νότια προβλήτα μέχρι να"
            + " τελειώσουν οι επισκευές, είπε ο πρόεδρος.";
    private static final String TURKISH = "Liman idaresi salı günü mühendislerin iki ayakta çatlak bulmasının"
            + " ardından kuzey rıhtımını kapattı. Adalara giden feribotlar onarımlar bitene kadar güney rıhtımından"
            + " kalkacak; balıkçılar orada buz ve soğuk hava deposu olmadığını söylüyor.";
    private static final String ENGLISH = "The harbour authority closed the north quay on Tuesday after engineers"
            + " found cracks in two piers, its chair said. Ferries will sail from the south quay, where the café"
            + " owner said “business will suffer” — a €2 million loss, fishermen say.";
    private static final String FINNISH = "Satamaviranomainen sulki tiistaina pohjoisen laiturin, kun insinöörit"
            + " löysivät halkeamia kahdesta pilarista. Lautat saarille lähtevät eteläiseltä laiturilta, jossa ei ole"
            + " jäätä eikä kylmävarastoa, kalastajat sanovat.";
    private static final String SPANISH = "La autoridad portuaria cerró el martes el muelle norte después de que los"
            + " ingenieros encontraran grietas en dos pilares. Los transbordadores saldrán del muelle sur, donde no"
            + " hay hielo ni cámara frigorífica, según los pescadores.";

    @ParameterizedTest
    @CsvSource({"windows-1250, CZECH", "ISO-8859-2, CZECH", "windows-1250, POLISH", "ISO-8859-2, POLISH",
        "windows-1250, HUNGARIAN", "ISO-8859-2, HUNGARIAN", "windows-1250, SLOVAK", "windows-1251, RUSSIAN",
        "KOI8-R, RUSSIAN", "ISO-8859-5, RUSSIAN", "windows-1253, GREEK", "ISO-8859-7, GREEK", "windows-1254, TURKISH",
        "ISO-8859-9, TURKISH", "windows-1251, UKRAINIAN", "windows-1251, BULGARIAN"})
    void singleByteTextOfOtherLanguagesIsReadInItsCharset(String charset, String sample) {
        String text = text(sample);
        byte[] bytes = text.getBytes(Charset.forName(charset));

        DecodedText d = DecodedText.decode(bytes, null);

        assertThat(d.text()).isEqualTo(text);
        assertThat(d.guessed()).isTrue();
        // the same bytes read as windows-1252, the charset taken before, are not the text
        assertThat(new String(bytes, LegacyCharsets.WINDOWS_1252)).isNotEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"Shift_JIS, JAPANESE", "EUC-JP, JAPANESE", "GB18030, CHINESE_SIMPLIFIED", "GBK, CHINESE_SIMPLIFIED",
        "Big5, CHINESE_TRADITIONAL", "EUC-KR, KOREAN", "windows-1251, RUSSIAN", "KOI8-R, RUSSIAN"})
    void legacyCjkAndCyrillicTextIsReadInItsCharset(String charset, String sample) {
        String text = text(sample);
        DecodedText d = DecodedText.decode(text.getBytes(Charset.forName(charset)), null);

        assertThat(d.text()).isEqualTo(text);
        assertThat(d.guessed()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"FRENCH", "GERMAN", "ENGLISH", "SPANISH", "FINNISH"})
    void westernTextThatIsNotUtf8StaysWindows1252(String sample) {
        String text = text(sample);
        DecodedText d = DecodedText.decode(text.getBytes(Charset.forName("windows-1252")), null);

        assertThat(d.charset().name()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"JAPANESE", "RUSSIAN", "FRENCH"})
    void utf8StaysUtf8AndIsNoGuess(String sample) {
        DecodedText d = DecodedText.decode(text(sample).getBytes(StandardCharsets.UTF_8), null);

        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.guessed()).isFalse();
    }

    /**
     * Vietnamese in windows-1258, which ICU cannot detect (qa22 #7): told by its tone marks, bytes of their own after
     * the vowels, and read composed; an Italian text whose "può", "ciò" and "andò" put the same bytes after a vowel
     * now and then stays windows-1252.
     */
    @Test
    void vietnameseInWindows1258IsToldByItsToneMarksAndReadComposed() {
        String text = "Lũ lớn ở Hà Sơn, 1.200 hộ dân phải sơ tán\n\nHôm qua, mưa lớn kéo dài khiến sông Lam Giang dâng"
                + " cao, nhấn chìm nhiều xã của tỉnh.\n\nKhoảng 1.200 hộ dân đã được sơ tán đến nơi an toàn, ông Chủ"
                + " tịch tỉnh nói.\n";
        DecodedText d = DecodedText.decode(windows1258(text), null);
        assertThat(d.charset().name()).isEqualTo("windows-1258");
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.guessed()).isTrue();

        String italian = "Il sindaco andò subito sul posto e disse che ciò non può ripetersi, perché la frana è grande."
                + " La strada resterà chiusa fino a lunedì, e gli sfollati sono ospitati in due alberghi della città.";
        DecodedText i = DecodedText.decode(italian.getBytes(Charset.forName("windows-1252")), null);
        assertThat(i.charset().name()).isEqualTo("windows-1252");
        assertThat(i.text()).isEqualTo(italian);
    }

    /** Vietnamese as windows-1258 writes it: each tone mark a character of its own after its (composed) vowel. */
    private static byte[] windows1258(String text) {
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String nfd = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            nfd.chars().forEach(ch -> (tones.indexOf(ch) >= 0 ? tone : base).append((char) ch));
            out.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tone);
        }
        Charset cp = Charset.forName("windows-1258");
        assertThat(cp.newEncoder().canEncode(out)).isTrue();
        return out.toString().getBytes(cp);
    }

    @Test
    void aShortUkrainianNewsTextThatIcuBarelyRanksIsStillReadAsWindows1251() {
        // ICU's windows-1251 n-grams are Russian's: this text scores 13 of 100, under the usual bar of 25, but most of
        // its letters are bytes above ASCII, which no windows-1252 language writes
        String text = "Повінь у Вишневому: евакуювали 900 людей\n\nВісті Придністров'я\n2 грудня 2026, 09:40\n\n"
                + "Вчора через зливи річка Стрижень вийшла з берегів і затопила півмісто.\n\n"
                + "Близько 900 людей евакуювали до шкіл і лікарні.\n\n"
                + "«Ситуація складна, але під контролем», — сказав голова громади Іван Ткачук.\n\n"
                + "Загиблих немає, троє людей у лікарні.\n";
        DecodedText d = DecodedText.decode(text.getBytes(Charset.forName("windows-1251")), null);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.guessed()).isTrue();
    }

    @Test
    void aFewStrayBytesStayWindows1252() {
        DecodedText d = DecodedText.decode(new byte[] {'a', (byte) 0x93, 'b', (byte) 0x94}, null);

        assertThat(d.charset().name()).isEqualTo("windows-1252");
    }

    /** Hebrew with gershayim ("צה״ל"), which windows-1255 writes and ISO-8859-8 cannot. */
    private static final String HEBREW = "רשות הנמל סגרה ביום שלישי את הרציף הצפוני, אחרי שמהנדסים מצאו סדקים בשני"
            + " עמודים. לדברי דובר צה״ל, אין נפגעים, ובארה״ב עוקבים אחר המקרה בדאגה רבה.";

    @Test
    void hebrewInWindows1255IsReadAsHebrewAsTextAndAsAnUndeclaredPage() {
        byte[] bytes = HEBREW.getBytes(Charset.forName("windows-1255"));

        DecodedText d = DecodedText.decode(bytes, null);

        assertThat(d.text()).isEqualTo(HEBREW);
        assertThat(d.charset().name()).isEqualTo("windows-1255");
        String html = "<html><head><title>הרציף נסגר</title></head><body><p>" + HEBREW + "</p></body></html>";
        byte[] page = html.getBytes(Charset.forName("windows-1255"));
        assertThat(CharsetSniffer.decode(page, CharsetSniffer.detect(page))).isEqualTo(html);
    }

    @Test
    void anUndeclaredShiftJisPageIsReadAsShiftJis() {
        String html = "<html><head><title>港の岸壁</title></head><body><p>" + JAPANESE + "</p></body></html>";

        CharsetSniffer.Detection d = CharsetSniffer.detect(html.getBytes(Charset.forName("Shift_JIS")));

        assertThat(d.charset().name()).isEqualTo("windows-31j");
        assertThat(CharsetSniffer.decode(html.getBytes(Charset.forName("Shift_JIS")), d)).isEqualTo(html);
    }

    @Test
    void aShiftJisFileIsReadWithOneWarningNamingTheCharset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("quay.txt");
        Files.write(file, ("北側の岸壁が閉鎖\n\n" + JAPANESE).getBytes(Charset.forName("Shift_JIS")));

        Ingested in = new InputReader().read(List.of(file));

        assertThat(in.documents()).singleElement().satisfies(doc -> assertThat(doc.text()).contains(JAPANESE));
        assertThat(in.problems()).singleElement().satisfies(p -> {
            assertThat(p.skipped()).isFalse();
            assertThat(p.line()).contains("read as Shift_JIS");
        });
    }

    @Test
    void aCzechFileIsReadWithOneWarningNamingTheCharset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pristav.txt");
        Files.write(file, ("Přístav zavřel severní nábřeží\n\n" + CZECH).getBytes(Charset.forName("windows-1250")));

        Ingested in = new InputReader().read(List.of(file));

        assertThat(in.documents()).singleElement().satisfies(doc -> assertThat(doc.text()).contains(CZECH));
        assertThat(in.problems()).singleElement().satisfies(p -> assertThat(p.line()).contains("read as windows-1250"));
    }

    private static String text(String sample) {
        return switch (sample) {
            case "JAPANESE" -> JAPANESE;
            case "CHINESE_SIMPLIFIED" -> CHINESE_SIMPLIFIED;
            case "CHINESE_TRADITIONAL" -> CHINESE_TRADITIONAL;
            case "KOREAN" -> KOREAN;
            case "RUSSIAN" -> RUSSIAN;
            case "UKRAINIAN" -> UKRAINIAN;
            case "BULGARIAN" -> BULGARIAN;
            case "FRENCH" -> FRENCH;
            case "GERMAN" -> GERMAN;
            case "CZECH" -> CZECH;
            case "POLISH" -> POLISH;
            case "HUNGARIAN" -> HUNGARIAN;
            case "SLOVAK" -> SLOVAK;
            case "GREEK" -> GREEK;
            case "TURKISH" -> TURKISH;
            case "ENGLISH" -> ENGLISH;
            case "SPANISH" -> SPANISH;
            case "FINNISH" -> FINNISH;
            default -> throw new IllegalArgumentException(sample);
        };
    }
}
