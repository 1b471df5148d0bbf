package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Datelines, date lines, mastheads and copyright lines in languages whose dates only CLDR knows, or whose script has
 * no capitals; and the agency a dateline names beside the publisher a closing copyright line names. Every text, name
 * and place is made up.
 */
class DateLineLanguagesTest {

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("d1", Path.of("d1.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Italian province code | BORGOLAGO (BZ), 5 marzo 2026 - (ANSA) - | Il consiglio comunale ha approvato ieri sera il nuovo piano per la viabilità del centro storico. | ANSA | 2026-03-05",
            "Hungarian, year first | Szentfalva, 2026. március 4. (MTI) – | A megyei közgyűlés tegnap elfogadta a belváros új közlekedési tervét és a költségvetést. | MTI | 2026-03-04",
            "Hindi                 | सोनपुर, 5 मार्च 2026 - | नगर परिषद ने कल शाम पुराने बाजार की सड़क को मरम्मत के लिए तीन सप्ताह तक बंद करने का फैसला किया। | '' | 2026-03-05",
    })
    void aDatelineInTheseLanguagesIsStrippedAndItsDateAndAgencyRead(String name, String dateline, String rest,
                                                                       String agency, String date) {
        String paragraph = dateline.strip() + " " + rest.strip();
        assertThat(Datelines.strip(paragraph)).contains(rest.strip());
        assertThat(Datelines.agency(paragraph).orElse("")).isEqualTo(agency);
        assertThat(Datelines.filed(paragraph)).contains(LocalDate.parse(date.strip()));
    }

    @Test
    void aPlaceInAScriptWithoutCapitalsBeforeASpacedDashIsADateline() {
        String rest = "شورای شهر دیروز تصمیم گرفت جاده قدیمی بازار را برای تعمیر سه هفته ببندد.";
        assertThat(Datelines.strip("دره‌آباد - " + rest)).contains(rest);
    }

    @Test
    void aMonthWordNoLanguageKnowsIsNoDate() {
        assertThat(Datelines.strip("सोनपुर, 5 बकरी 2026 - नगर परिषद ने कल शाम पुराने बाजार की सड़क को बंद करने का फैसला किया।"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Korean     | 청라시장 화재로 점포 40곳 피해 | 청라일보 | 2026.03.04 07:45 | 어제 밤 청라시장에서 불이 나 점포 40곳이 피해를 입었다. | 청라일보 | 2026-03-04",
            "Vietnamese | Mưa lớn ở Tân Hòa, 300 hộ dân sơ tán | Báo Tân Hòa | Thứ tư, 4/3/2026, 10:05 | Hôm qua, mưa lớn kéo dài khiến nhiều xã của huyện Tân Hòa bị ngập sâu. | Báo Tân Hòa | 2026-03-04",
            "Hungarian  | Vihar söpört végig Szentfalván | Alföldi Krónika | 2026. március 4. 08:30 | Tegnap este erős vihar csapott le Szentfalvára, és fákat döntött ki. | Alföldi Krónika | 2026-03-04",
            "Persian    | سیل در دره‌آباد ۲۰ خانه را ویران کرد | خبرنامه دره‌آباد | ۱۴ اسفند ۱۴۰۴ | سیل دیروز در دره‌آباد بیست خانه را به طور کامل ویران کرد. | خبرنامه دره‌آباد | 2026-03-05",
            "Hindi      | सोनपुर में बाढ़, 300 परिवार बेघर | सोनपुर वाणी | 5 मार्च 2026 | कल रात हुई भारी बारिश के बाद नदी उफान पर आ गई और कई गांव डूब गए। | सोनपुर वाणी | 2026-03-05",
    })
    void aMastheadAboveADateLineOfTheLanguageIsTheOutletAndTheLineItsDate(String language, String headline,
                                                                        String masthead, String dateLine, String lead,
                                                                        String outlet, String date) {
        Article a = clean(headline.strip() + "\n\n" + masthead.strip() + "\n" + dateLine.strip() + "\n\n" + lead.strip());
        assertThat(a.outlet()).isEqualTo(outlet.strip());
        assertThat(a.published()).isEqualTo(LocalDate.parse(date.strip()));
        assertThat(String.join("\n", a.paragraphs())).doesNotContain(masthead.strip()).doesNotContain(dateLine.strip());
    }

    @Test
    void anOutletAndADateOnOneLineInAScriptWithoutCapitals() {
        Article a = clean("سیل در دره‌آباد ۲۰ خانه را ویران کرد\n\nصدای دره - ۵ مارس ۲۰۲۶\n\n"
                + "سیل دیروز در دره‌آباد بیست خانه را به طور کامل ویران کرد و جاده را بست.");
        assertThat(a.outlet()).isEqualTo("صدای دره");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dutch      | DEN BOSCH (ANP) - | Het college trekt 12 miljoen euro uit voor de versterking van de oude dijken langs de rivier. | © 2026 Brabants Weekblad | Brabants Weekblad | ANP",
            "Portuguese | CAMPINAS, 4 de março de 2026 (Agência Brasil) - | A prefeitura liberou ontem R$ 5 milhões para as famílias atingidas pela enchente do rio. | © 2026 Diário da Serra Azul | Diário da Serra Azul | Agência Brasil",
            "Finnish    | TAMPERE (STT) - | Kaupunginvaltuusto myönsi eilen kolme miljoonaa euroa vanhan sillan korjaamiseen. | © Hämeen Viesti 2026 | Hämeen Viesti | STT",
            // Ukrinform is on the list of outlets (lang28): named as the list names it, as TASS is for "ТАСС"
            "Ukrainian  | ЛЬВІВ, 4 березня 2026 (Укрінформ) - | Міська рада вчора виділила десять мільйонів гривень на ремонт старого мосту через річку. | © 2026 Голос Карпат | Голос Карпат | Ukrinform",
            "Italian    | ROMA, 4 marzo 2026 (Adnkronos) - | Il Consiglio dei ministri ha approvato ieri il decreto per le regioni colpite dal maltempo. | © Riproduzione riservata - La Voce di Borgolago | La Voce di Borgolago | Adnkronos",
            "one word   | DEN BOSCH (ANP) - | Het college trekt 12 miljoen euro uit voor de versterking van de oude dijken langs de rivier. | © 2026 NieuwsDijk | NieuwsDijk | ANP",
    })
    void theClosingCopyrightsHolderIsThePublisherAndTheDatelinesAgencyItsWire(String language, String dateline,
                                                                            String lead, String copyright,
                                                                            String publisher, String wire) {
        Article a = clean("Een kop van drie woorden of meer\n\n" + dateline.strip() + " " + lead.strip()
                + "\n\nDe eerste werkzaamheden beginnen volgend jaar in het voorjaar.\n\n" + copyright.strip());
        assertThat(a.outlet()).isEqualTo(publisher.strip());
        assertThat(a.wire()).isEqualTo(wire.strip());
    }

    @Test
    void aPersonsCopyrightIsNoPublisher() {
        Article a = clean("A headline of several words\n\nThe harbour council voted on Monday to close the old pier for"
                + " repairs.\n\nEngineers said the pier had been unsafe since the storms.\n\n© 2026 Maria Hollis");
        assertThat(a.outlet()).isNull();
    }
}
