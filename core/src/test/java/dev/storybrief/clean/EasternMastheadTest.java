package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian, Ukrainian and Turkish mastheads and agency credits (QA tour 27 #4): a paper's name on the first line,
 * which Russian and Ukrainian capitalise at its first word only ("Северный вестник", "Городские новости") and Turkish
 * ends in its title word ("Marmara Postası"); an agency's own-language name as the masthead ("Anadolu Ajansı",
 * "Укрінформ") is the agency its dateline names, not a second outlet reprinting it. Every text and name is made up
 * but the agencies'.
 */
class EasternMastheadTest {

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("m1", Path.of("m1.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Северный вестник | Мэрия утвердила план строительства новой линии метро"
                    + " | Мэрия Северогорска в четверг утвердила план строительства второй линии метро стоимостью 62 млрд рублей.",
            "Городские новости | В Северогорске построят вторую линию метро"
                    + " | Северогорск, 4 декабря. Городские власти одобрили проект второй линии метро, которая обойдётся бюджету в 58 млрд рублей.",
            "Вестник Приозерья | Мэрия утвердила план строительства новой линии метро"
                    + " | Мэрия Северогорска в четверг утвердила план строительства второй линии метро стоимостью 62 млрд рублей.",
            "Північні новини | У Північному закрили міст через річку Лозу"
                    + " | Влада міста Північне в п'ятницю закрила старий міст через річку Лозу після того, як інженери виявили тріщини.",
            "Marmara Postası | Kuzeykent'te deprem paniği yaşandı"
                    + " | Kuzeykent'te pazar sabahı meydana gelen 5.6 büyüklüğündeki deprem, kentte paniğe yol açtı ve çevre illerden de hissedildi.",
            "Ege Gazetesi | Kuzeykent'te deprem paniği yaşandı"
                    + " | Kuzeykent'te pazar sabahı meydana gelen 5.6 büyüklüğündeki deprem, kentte paniğe yol açtı ve çevre illerden de hissedildi."})
    void aPapersNameAboveTheHeadlineIsTheOutlet(String masthead, String headline, String lead) {
        Article a = clean(masthead + "\n\n" + headline + "\n\n" + lead + "\n\nОстальное следует ниже, сообщили в мэрии в пятницу вечером.");
        assertThat(a.outlet()).isEqualTo(masthead);
        assertThat(a.title()).isEqualTo(headline);
    }

    /**
     * A line of the story in sentence case, above its own story, is still no masthead, nor a longer line that opens
     * with a title word.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Городские власти | Мэрия утвердила план строительства новой линии метро",
            "Новости о строительстве метро | Мэрия утвердила план строительства новой линии метро",
            "Kuzeykent depremi | Kuzeykent'te deprem paniği yaşandı"})
    void aLineThatIsNoNameIsNoOutlet(String line, String headline) {
        Article a = clean(line + "\n\n" + headline + "\n\nМэрия Северогорска в четверг утвердила план строительства второй линии метро стоимостью 62 млрд рублей.");
        assertThat(a.outlet()).isNotEqualTo(line);
    }

    /** The agency named in its own language on the masthead and by its short name in the dateline is one outlet. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Anadolu Ajansı | KUZEYKENT (AA) - Kuzeykent Belediyesi, Lüze Çayı üzerindeki tarihi köprüyü çatlaklar nedeniyle trafiğe kapattı. | Anadolu Agency",
            "Укрінформ | ПІВНІЧНЕ, 5 грудня. /Укрінформ/. Влада міста Північне в п'ятницю закрила старий міст через річку Лозу. | Ukrinform",
            "РИА Новости | СЕВЕРОГРАД, 5 дек — РИА Новости. Мэр Севергорода Игорь Петров в пятницу объявил о закрытии старого моста. | RIA Novosti"})
    void anAgencysOwnNameIsTheAgency(String masthead, String lead, String outlet) {
        Article a = clean("Köprü trafiğe kapatıldı ve onarım başladı\n\n" + masthead + "\n\n" + lead
                + "\n\nDevamı aşağıda, belediye yetkilileri cuma akşamı açıkladı.");
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(a.wire()).isNull();
    }
}
