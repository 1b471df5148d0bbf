package dev.storybrief.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence splitting in languages other than English: the model or ICU, and the repairs after abbreviations. */
class SentenceSplittersTest {
    private final SentenceSplitters splitters = new SentenceSplitters();

    private List<String> split(String language, String paragraph) {
        return splitters.forLanguage(language).spans(paragraph).stream()
                .map(s -> paragraph.substring(s.getStart(), s.getEnd()).strip()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le pont a été fermé lundi. Les travaux dureront trois mois. M. Dupont a parlé aux habitants.|3",
        "de|Die Brücke wurde am 3. Oktober gesperrt. Die Arbeiten dauern z. B. drei Monate. Der Bürgermeister sprach.|3",
        "es|El puente fue cerrado el lunes. Las obras durarán tres meses. El Sr. García habló con los vecinos.|3",
        "it|Il ponte è stato chiuso lunedì. I lavori dureranno tre mesi. Il sig. Rossi ha parlato.|3",
        "cs|Most byl v pondělí uzavřen. Práce potrvají tři měsíce. Starosta J. Novák promluvil.|3",
        "ar|أغلق الجسر يوم الاثنين. وستستمر الأعمال ثلاثة أشهر. هل سيفتح قريبا؟ قال المسؤول إنه لا يعرف.|4",
        "zh|大桥周一关闭。工程将持续三个月。市长发表了讲话。|3",
        "hi|सोमवार को पुल बंद कर दिया गया। काम तीन महीने चलेगा। महापौर ने बात की।|3",
        "ru|Мост закрыли в понедельник. Работы продлятся три месяца. Мэр выступил с речью.|3"})
    void splitsProseIntoItsSentences(String language, String paragraph, int count) {
        List<String> sentences = split(language, paragraph).stream().map(x -> x.replace(" ", "")).toList();
        assertThat(sentences).as(sentences.toString()).hasSize(count);
        assertThat(String.join("", sentences)).isEqualTo(paragraph.replace(" ", ""));
    }

    /** Thai ends no sentence with a full stop; its ranks before a name are dotted ("พล.ต.ท.ประยุทธ์"). */
    @Test
    void aThaiRankStaysWithTheNameItOpens() {
        assertThat(split("th", "พล.ต.ท.ประยุทธ์ วงศ์ทอง เปิดเผยว่ามีผู้สูญหายสองคน พ.ต.อ.วิชัย แก้วมณี กล่าวว่ากำลังค้นหา"))
                .allSatisfy(sentence -> assertThat(sentence).doesNotEndWith("."))
                .anySatisfy(sentence -> assertThat(sentence).startsWith("พล.ต.ท.ประยุทธ์"));
    }

    @Test
    void aBreakBeforeALowerCaseWordOrAfterAnInitialIsJoined() {
        assertThat(split("pl", "Spotkał się z J. Kowalskim wczoraj. Rozmawiali długo.")).hasSize(2);
        assertThat(split("nl", "Er kwamen ca. driehonderd mensen. Het regende.")).hasSize(2);
    }

    /**
     * A figure and a full stop ends a sentence where ordinals are not written that way: "la strada statale 45. Il
     * sindaco" is two sentences in Italian and Spanish; "am 3. Oktober" stays one in German, Czech and Polish.
     */
    @Test
    void aNumberEndsASentenceUnlessItsLanguageWritesOrdinalsWithAFullStop() {
        assertThat(split("it", "La frana ha travolto la strada statale 45. Il sindaco ha parlato. Sono morte 3. La "
                + "Regione ha stanziato fondi.")).hasSize(4);
        assertThat(split("es", "Los vecinos volvieron el día 16. Todos están bien.")).hasSize(2);
        assertThat(split("fr", "Le bilan est passé à 12. Les secours continuent.")).hasSize(2);
        assertThat(split("de", "Die Straße bleibt bis zum 3. Oktober gesperrt. Der Bürgermeister sprach.")).hasSize(2);
        assertThat(split("cs", "Povodeň začala 3. května večer. Starosta promluvil.")).hasSize(2);
        assertThat(split("pl", "Powódź zaczęła się 12. Września wieczorem. Burmistrz przemówił.")).hasSize(2);
    }

    /** "900 Mio. Euro": an amount's abbreviated scale ends no sentence, so the amount keeps its currency. */
    @Test
    void anAmountsAbbreviatedScaleEndsNoSentence() {
        assertThat(split("de", "Das Projekt wird 900 Mio. Euro kosten. Der Bau soll 2027 beginnen.")).hasSize(2);
        assertThat(split("de", "Die Hilfe beträgt 1,2 Mrd. Dollar. Der Bürgermeister sprach.")).hasSize(2);
    }

    /**
     * A listed abbreviation is a whole word: Portuguese "mulheres." and "hectares." end their sentences although CLDR
     * lists "res.", and "Civil." although it lists "l."; "os Drs." still does not.
     */
    @Test
    void anAbbreviationMatchesAWholeWordOnly() {
        assertThat(split("pt", "Morreram duas mulheres. Os bombeiros afirmaram que o fogo está controlado."))
                .hasSize(2);
        assertThat(split("pt", "Arderam 300 hectares. Trabalhadores foram retirados. Avisou a Proteção Civil. O fogo parou."))
                .hasSize(4);
        assertThat(split("pt", "Falou o Dr. Silva sobre os danos. Chegaram os Drs. Costa e Lima."))
                .containsExactly("Falou o Dr. Silva sobre os danos.", "Chegaram os Drs. Costa e Lima.");
    }

    /**
     * In a language CLDR lists no abbreviations for (Swahili), a short capitalised word with its full stop before a
     * name of two words is a title ("Dkt.", "Bw."); a sentence ending on a longer word, or before one capitalised
     * word, still ends (QA tour 24).
     */
    @Test
    void aShortTitleBeforeANameEndsNoSentenceWhereCldrListsNone() {
        assertThat(split("sw", "Daktari wa hospitali, Dkt. Amina Juma, alisema watu tisa wamejeruhiwa. Bw. Salim Ali"
                + " ameagiza uchunguzi.")).containsExactly(
                "Daktari wa hospitali, Dkt. Amina Juma, alisema watu tisa wamejeruhiwa.", "Bw. Salim Ali ameagiza uchunguzi.");
        assertThat(split("sw", "Basi lilipinduka karibu na Moshi. Polisi Kanda walifika haraka. Watu tisa walijeruhiwa"
                + " na Ali. Wengine walikimbia.")).hasSize(4);
    }

    /** "ok. godz. 21.": a number after an abbreviation written before numbers belongs with it. */
    @Test
    void aNumberAfterAnAbbreviationOfNumbersStaysWithIt() {
        assertThat(split("pl", "Woda wdarła się do miasta ok. godz. 21. Mieszkańcy uciekli na dachy."))
                .containsExactly("Woda wdarła się do miasta ok. godz. 21.", "Mieszkańcy uciekli na dachy.");
        assertThat(split("pl", "Wszystko było ok. Potem przyszła woda.")).hasSize(2);
    }

    @Test
    void eachLanguageSaysHowItIsSplit() {
        assertThat(SentenceSplitters.method("fr")).startsWith("OpenNLP fr");
        assertThat(SentenceSplitters.method("cs")).startsWith("ICU");
        assertThat(SentenceSplitters.method("en")).startsWith("OpenNLP English");
    }
}
