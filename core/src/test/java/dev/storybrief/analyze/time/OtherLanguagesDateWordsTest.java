package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date words of the languages beside English that news writes with endings, cases or words English does not have:
 * Indonesian, Turkish weekdays with a part of the day or a case ending, the Polish, Czech and Russian genitive after
 * "from" and "until", Swedish, Danish and Norwegian weekdays by the words that set their side, and a meeting or strike
 * a past verb convenes, which lies ahead of the convening. Every sentence is read against Thursday, 2026-12-03.
 */
class OtherLanguagesDateWordsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static List<TemporalMention> tag(String language, String sentence) {
        return EuropeanDateTagger.forLanguage(language).tag(sentence, THURSDAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a weekday, "last Tuesday", a written date, yesterday, a weekday with a part of the day, a coming day
        "Wali kota berbicara pada hari Selasa di depan dewan.|Selasa|2026-12-01",
        "Wali kota berbicara Selasa lalu di depan dewan.|Selasa lalu|2026-12-01",
        "Jembatan itu ditutup pada 5 Desember 2026.|5 Desember 2026|2026-12-05",
        "Jembatan itu dibuka pada 12 Mei 2026.|12 Mei 2026|2026-05-12",
        "Warga dievakuasi kemarin.|kemarin|2026-12-02",
        "Banjir melanda kota itu pada Minggu malam.|Minggu malam|2026-11-29TNI",
        "Warga mengungsi sejak hari Minggu.|Minggu|2026-11-29",
        "Bantuan akan tiba pada hari Sabtu.|Sabtu|2026-12-05",
        "Sekolah ditutup hingga Jumat.|Jumat|2026-12-04",
        "Rapat digelar Senin depan.|Senin|2026-12-07",
        "Harga beras naik bulan lalu.|bulan lalu|2026-11"})
    void indonesianDates(String sentence, String text, String value) {
        assertThat(tag("id", sentence)).as(sentence).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.value()).isEqualTo(value);
        });
    }

    /** "minggu" is also the week, "pazar" also a market: neither is Sunday alone, nor is a count of weeks last week. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "id|Dua minggu lalu hujan deras turun di kota itu.",
        "id|Proyek itu selesai dalam tiga minggu.",
        "tr|Pazara giden vatandaşlar yağmurdan etkilendi.",
        "tr|Belediye yeni bir pazar yeri açtı."})
    void aWeekOrAMarketIsNoSunday(String language, String sentence) {
        assertThat(tag(language, sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Deprem pazar sabahı saat 04.10'da meydana geldi.|pazar sabahı|2026-11-29TMO",
        "Okullar pazartesiye kadar kapalı kalacak.|pazartesiye|2026-12-07",
        "Yollar cumadan beri kapalı.|cumadan|2026-11-27",
        "Karar Pazartesi'den itibaren uygulanacak.|Pazartesi'den|2026-12-07",
        "Yangın salı akşamı çıktı.|salı akşamı|2026-12-01TEV"})
    void turkishWeekdaysWithAPartOfTheDayOrACaseEnding(String sentence, String text, String value) {
        assertThat(tag("tr", sentence)).as(sentence).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.value()).isEqualTo(value);
        });
    }

    /**
     * "Od soboty" in a clause told in the present is since Saturday, though these languages tell what is to come in
     * the present too; only a future cue makes it the coming day. "Do piątku" (until Friday) is the coming one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pl|Ewakuacja mieszkańców trwa od soboty po południu.|2026-11-28TAF",
        "pl|Od poniedziałku szkoły będą zamknięte.|2026-12-07",
        "pl|Droga będzie zamknięta do piątku.|2026-12-04",
        "pl|Pożar wybuchł w sobotę po południu w hali magazynowej.|2026-11-28TAF",
        "cs|Silnice je uzavřena od čtvrtka.|2026-12-03",
        "ru|Метро закрыто с понедельника.|2026-11-30"})
    void theGenitiveAfterFromAndUntil(String language, String sentence, String value) {
        assertThat(tag(language, sentence)).as(sentence).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo(value));
    }

    /**
     * A meeting, a vote or a strike a past verb convenes lies ahead of the convening: the date right after its noun
     * is the coming day. A meeting during which something was said, or a date right after the verb, is the past one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es|El ministro convocó a las partes a una reunión el viernes.|2026-12-04",
        "es|El sindicato convocó una huelga para el lunes.|2026-12-07",
        "fr|Le ministre a convoqué les syndicats à une réunion vendredi.|2026-12-04",
        "fr|Le syndicat a appelé à une grève lundi.|2026-12-07",
        "it|Il ministro ha convocato le parti a una riunione venerdì.|2026-12-04",
        "it|Il sindacato ha indetto uno sciopero lunedì.|2026-12-07",
        "pt|O ministro convocou as partes para uma reunião na sexta-feira.|2026-12-04",
        "de|Der Minister lud die Parteien zu einem Treffen am Freitag ein.|2026-12-04",
        // the scene of the convening, or the day of the convening itself
        "es|El ministro anunció durante la reunión del viernes nuevas inversiones.|2026-11-27",
        "es|El ministro convocó el viernes una reunión con los sindicatos.|2026-11-27",
        "fr|Le ministre a annoncé lors de la réunion de vendredi un plan d'aide.|2026-11-27",
        "de|Der Minister sprach nach dem Treffen am Dienstag.|2026-12-01",
        // an announcement is dated by its own day unless the date is set for the act ("para", "pour")
        "es|El sindicato anunció el fin de la huelga el viernes.|2026-11-27",
        "fr|Le syndicat a annoncé la fin de la grève vendredi.|2026-11-27",
        "it|Il sindacato ha annunciato la fine dello sciopero venerdì.|2026-11-27",
        "pt|O sindicato anunciou o fim da greve na sexta-feira.|2026-11-27",
        "es|El sindicato anunció una huelga para el viernes.|2026-12-04",
        "fr|Le syndicat a annoncé une grève pour vendredi.|2026-12-04"})
    void aConvenedEventLiesAhead(String language, String sentence, String value) {
        assertThat(tag(language, sentence)).as(sentence).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo(value));
    }

    /**
     * Swedish and Danish name the last weekday in a form of its own ("i tisdags"), Norwegian with "i" ("i tisdag"), and
     * all three the coming one with "på", whatever the verbs; their dates, yesterday and last week as elsewhere.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sv|Borgmästaren talade i tisdags inför fullmäktige.|2026-12-01",
        "sv|Borgmästaren talar på tisdag inför fullmäktige.|2026-12-08",
        "sv|Branden började i söndags kväll.|2026-11-29TEV",
        "sv|Bron stängdes den 5 december 2026.|2026-12-05",
        "sv|Bron stängdes i går kväll.|2026-12-02TEV",
        "sv|Mötet hölls förra veckan.|2026-11-23",
        "da|Borgmesteren talte i tirsdags foran byrådet.|2026-12-01",
        "da|Borgmesteren taler på fredag foran byrådet.|2026-12-04",
        "da|Broen blev lukket den 5. december 2026.|2026-12-05",
        "nb|Ordføreren talte i tirsdag foran kommunestyret.|2026-12-01",
        "nb|Ordføreren taler på fredag foran kommunestyret.|2026-12-04",
        "nb|Brua ble stengt 5. desember 2026.|2026-12-05",
        "sv|Bron öppnades den 12 maj 2026.|2026-05-12",
        "da|Broen blev åbnet den 12. maj 2026.|2026-05-12",
        "nb|Brannen startet i går kveld.|2026-12-02TEV"})
    void nordicWeekdaysTellTheirSide(String language, String sentence, String value) {
        assertThat(tag(language, sentence)).as(sentence).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo(value));
    }

    @Test
    void theTimelineReadsIndonesian() {
        assertThat(EuropeanDateTagger.supports("id")).isTrue();
        assertThat(EuropeanDateTagger.supports("sv")).isTrue();
        assertThat(EuropeanDateTagger.monthNames("id")).contains("desember", "agustus");
    }
}
