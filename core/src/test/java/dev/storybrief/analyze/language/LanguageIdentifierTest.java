package dev.storybrief.analyze.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.util.LetterScripts;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Language identification: the length gate, the English fast path, the model, and accuracy on the shared data. */
class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le pont a été fermé lundi après que les inspecteurs ont découvert des fissures dans les piliers du centre.",
        "de|Die Brücke wurde am Montag gesperrt, nachdem die Prüfer Risse in den mittleren Pfeilern gefunden hatten.",
        "es|El puente fue cerrado el lunes después de que los inspectores encontraran grietas en los pilares centrales.",
        "it|Il ponte è stato chiuso lunedì dopo che gli ispettori hanno trovato crepe nei piloni centrali della struttura.",
        "pt|A ponte foi fechada na segunda-feira depois que os inspetores encontraram rachaduras nos pilares centrais.",
        "cs|Most byl v pondělí uzavřen poté, co inspektoři našli praskliny ve středních pilířích celé konstrukce.",
        "ar|أغلق الجسر يوم الاثنين بعد أن عثر المفتشون على تشققات في الأعمدة الوسطى للجسر القديم في المدينة",
        "ru|Мост был закрыт в понедельник после того, как инспекторы обнаружили трещины в центральных опорах.",
        "el|Η γέφυρα έκλεισε τη Δευτέρα αφού οι επιθεωρητές βρήκαν ρωγμές στους κεντρικούς πυλώνες της κατασκευής.",
        "he|הגשר נסגר ביום שני לאחר שהפקחים מצאו סדקים בעמודים המרכזיים של המבנה הישן בעיר",
        "hi|सोमवार को पुल बंद कर दिया गया जब निरीक्षकों ने बीच के खंभों में दरारें पाईं और मरम्मत शुरू हुई"})
    void modelTellsTheLanguageOfAFewSentences(String code, String text) {
        LanguageGuess guess = identifier.identify(text);
        assertThat(guess.code()).isEqualTo(code);
        assertThat(guess.method()).isEqualTo(LanguageGuess.Method.MODEL);
        assertThat(guess.confidence()).isBetween(0.5, 1.0);
    }

    /** Made-up reports: Serbia's standard in Latin script is Serbian, like its Cyrillic; ijekavian ones are not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sr|Reka je u utorak uveče poplavila više od 300 kuća u opštini, saopštio je štab za vanredne situacije. "
            + "Predsednik opštine rekao je da su dve osobe nestale i da se meštani pitaju da li su nasipi održavani.",
        "sr|Nova fabrika u industrijskoj zoni zaposliće 800 radnika do kraja godine, rekao je direktor kompanije. "
            + "Proizvodnja bi trebalo da počne posle praznika, a gradonačelnik je istakao da je ovo najveća investicija "
            + "u poslednjih deset godina.",
        "sr|Policija je uhapsila dvojicu muškaraca osumnjičenih za pljačku banke u centru grada. Kako se navodi u "
            + "saopštenju, novac je pronađen u automobilu, a svedoci su ih prepoznali na snimcima. Istraga je u toku.",
        "sr|Река је у уторак увече поплавила више од 300 кућа у општини, саопштио је штаб за ванредне ситуације. "
            + "Председник општине рекао је да су две особе нестале.",
        "hr|Rijeka se u utorak navečer izlila i poplavila više od 300 kuća u općini, priopćio je stožer civilne "
            + "zaštite. Načelnik općine rekao je da se dvije osobe vode kao nestale te da je voda mjestimično bila "
            + "visoka dva metra.",
        "hr|Nova tvornica u industrijskoj zoni zaposlit će 800 radnika do kraja godine, rekao je direktor tvrtke. "
            + "Proizvodnja bi trebala početi nakon blagdana, a gradonačelnik je istaknuo da je to najveće ulaganje u "
            + "gradu u posljednjih deset godina.",
        "bs|Rijeka se u utorak uvečer izlila i poplavila više od 300 kuća u općini, saopćeno je iz štaba civilne "
            + "zaštite. Načelnik općine kazao je da se dvije osobe vode kao nestale, a hiljadu stanovnika je "
            + "evakuisano iz ugroženih naselja."})
    void serbianIsToldInBothScriptsAndApartFromCroatianAndBosnian(String code, String text) {
        LanguageGuess guess = identifier.identify(text);
        assertThat(guess.code()).isEqualTo(code);
        if (code.equals("sr")) {
            assertThat(guess.confidence()).isBetween(0.8, 1.0);
        } else {
            // the model's own doubt between Croatian and Bosnian stays: a text whose paragraphs flip between the two
            // is not two languages (the cleaner sets a second language apart only when sure of both)
            assertThat(guess.confidence()).isLessThan(0.9);
        }
    }

    @Test
    void latinSerbianIsToldByItsEkavianWordsAndAQuotedNameDoesNotMakeCroatianSerbian() {
        assertThat(SerbianLatinMarkers.isSerbian("Predsednik je posle sednice rekao da li će reka porasti.")).isTrue();
        assertThat(SerbianLatinMarkers.isSerbian("Predsjednik je poslije sjednice rekao je li rijeka porasla.")).isFalse();
        // a Croatian report naming the Serbian club keeps its ijekavian majority
        assertThat(SerbianLatinMarkers.isSerbian("Crvena zvezda je prije utakmice u srijedu objavila da dvije "
                + "zvijezde ostaju, priopćio je klub.")).isFalse();
        assertThat(LetterScripts.mostlyCyrillic("Влада Србије, Vlada Srbije: одобрила")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "et|Teisipäeva õhtul süttis sadamas kaubalaev, teatasid päästjad. Tulekahju sai alguse masinaruumist ning "
            + "laevalt evakueeriti kõik meeskonnaliikmed. Kaks meremeest viidi haiglasse.",
        "lv|Otrdienas vakarā ostā aizdegās kravas kuģis, ziņo ugunsdzēsēji. Ugunsgrēks izcēlās mašīntelpā, no kuģa "
            + "evakuēja visus apkalpes locekļus. Divi jūrnieki nogādāti slimnīcā."})
    void aLanguageTheModelNamesTwiceIsToldWithItsWholeConfidence(String code, String text) {
        // the model splits Estonian into "est" and "ekk", Latvian into "lav" and "lvs": one language, one probability
        LanguageGuess guess = identifier.identify(text);
        assertThat(guess.code()).isEqualTo(code);
        assertThat(guess.confidence()).isGreaterThan(0.9);
    }

    @Test
    void tooShortATextKeepsTheDefaultWithConfidenceZero() {
        LanguageGuess guess = new LanguageIdentifier("de").identify("Brücke gesperrt");
        assertThat(guess).isEqualTo(new LanguageGuess("de", 0, LanguageGuess.Method.DEFAULT));
    }

    @Test
    void englishProseIsRecognisedByItsFunctionWordsWithoutTheModel() {
        String text = "The bridge was closed on Monday after inspectors found cracks in two of its piers, and the city "
                + "said that repairs would take about three months. Drivers have been told to use the ring road, which "
                + "the council said was the only route open to trucks.";
        LanguageGuess guess = identifier.identify(text);
        assertThat(guess.code()).isEqualTo("en");
        assertThat(guess.method()).isEqualTo(LanguageGuess.Method.FUNCTION_WORDS);
    }

    @Test
    void threeLetterCodesBecomeTwoLetterOnes() {
        assertThat(LanguageCodes.twoLetter("fra")).isEqualTo("fr");
        assertThat(LanguageCodes.twoLetter("ces")).isEqualTo("cs");
        assertThat(LanguageCodes.twoLetter("cmn")).isEqualTo("zh");
        assertThat(LanguageCodes.twoLetter("pes")).isEqualTo("fa");
        assertThat(LanguageCodes.twoLetter("gsw")).isEqualTo("gsw");
        assertThat(LanguageCodes.isCode("f1")).isFalse();
        assertThat(LanguageCodes.isCode("xx")).as("two letters ISO 639 does not assign").isFalse();
        assertThat(LanguageCodes.isCode("zzz")).isFalse();
        assertThat(LanguageCodes.isCode("FR")).isTrue();
        assertThat(LanguageCodes.isCode("ces")).isTrue();
    }

    /** Every document of the shared English and MultiLing sets, each identified alone: at least 99% right. */
    @ParameterizedTest
    @CsvSource({"duc2004/test.jsonl,en", "multiling2011/fr/test.jsonl,fr", "multiling2011/cs/test.jsonl,cs",
        "multiling2011/ar/test.jsonl,ar"})
    void identifiesTheDocumentsOfTheSharedSets(String file, String code) throws IOException {
        Path path = SharedData.evalData(file);
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        int right = 0;
        try (BufferedReader in = Files.newBufferedReader(path)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (JsonNode doc : json.readTree(line).get("documents")) {
                    total++;
                    if (identifier.identify(doc.get("text").asText()).code().equals(code)) {
                        right++;
                    }
                }
            }
        }
        assertThat(total).isPositive();
        assertThat((double) right / total).as(right + " of " + total).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void noMultiLingDocumentPassesTheEnglishFunctionWordCheck() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String lang : new String[] {"fr", "cs", "ar"}) {
            try (BufferedReader in = Files.newBufferedReader(SharedData.evalData("multiling2011/" + lang + "/test.jsonl"))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    for (JsonNode doc : json.readTree(line).get("documents")) {
                        assertThat(EnglishFunctionWords.share(doc.get("text").asText()))
                                .isLessThan(EnglishFunctionWords.THRESHOLD);
                    }
                }
            }
        }
    }
}
