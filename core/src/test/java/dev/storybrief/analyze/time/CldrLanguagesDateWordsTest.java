package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The languages whose date words come from CLDR alone (Malay, Finnish, Hungarian, Greek, Romanian, Ukrainian, Slovak,
 * Croatian, Catalan): a weekday in the form news dates it with, yesterday, a written date (Hungarian's year, month,
 * day and case ending); and "N days ago" in every
 * language the tagger reads, the count in digits or spelled out. Every sentence is read against Thursday, 2026-12-03.
 */
class CldrLanguagesDateWordsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static List<TemporalMention> tag(String language, String sentence) {
        EuropeanDateTagger tagger = EuropeanDateTagger.forLanguage(language);
        assertThat(tagger).as("a tagger for " + language).isNotNull();
        return tagger.tag(sentence, THURSDAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ms|Banjir melanda pekan itu pada hari Isnin.|Isnin|2026-11-30",
        "ms|Paras air sungai surut semalam.|semalam|2026-12-02",
        "ms|Jalan itu ditutup pada 5 Mac 2026.|5 Mac 2026|2026-03-05",
        "fi|Tulipalo syttyi maanantaina teollisuusalueella.|maanantaina|2026-11-30",
        "fi|Poliisi kertoi eilen palon syystä.|eilen|2026-12-02",
        "fi|Varasto rakennettiin 1. joulukuuta 1998.|1. joulukuuta 1998|1998-12-01",
        "hu|A Tisza hétfőn tetőzött Szolnoknál.|hétfőn|2026-11-30",
        "hu|Kedden 120 lakost telepítettek ki.|Kedden|2026-12-01",
        "hu|A katasztrófavédelem tegnap közölte a hírt.|tegnap|2026-12-02",
        "hu|A gát 2026. november 28-án szakadt át.|2026. november 28-án|2026-11-28",
        "hu|A gyár 2000. május 3-án nyílt meg.|2000. május 3-án|2000-05-03",
        "hu|Az iskolák december 7-ig zárva maradnak.|december 7-ig|2026-12-07",
        "el|Ο σεισμός σημειώθηκε τη Δευτέρα στο Ηράκλειο.|Δευτέρα|2026-11-30",
        "el|Χθες οι μηχανικοί επιθεώρησαν τα σχολεία.|Χθες|2026-12-02",
        "el|Τα μαθήματα ξαναρχίζουν στις 10 Δεκεμβρίου 2026.|10 Δεκεμβρίου 2026|2026-12-10",
        "ro|Un incendiu a izbucnit luni la o fabrică.|luni|2026-11-30",
        "ro|Luni, pompierii au intervenit cu 12 autospeciale.|Luni|2026-11-30",
        "ro|Ieri anchetatorii au anunțat cauza.|Ieri|2026-12-02",
        "uk|Учора рятувальники загасили пожежу.|Учора|2026-12-02",
        "uk|Вчора рятувальники загасили пожежу.|Вчора|2026-12-02",
        "sk|Most zatvorili v stredu ráno.|stredu ráno|2026-12-02TMO",
        "hr|Most je zatvoren u srijedu.|srijedu|2026-12-02",
        "ca|El pont es va tancar ahir a la tarda.|ahir a la tarda|2026-12-02TAF"})
    void cldrWordsAreRead(String language, String sentence, String text, String value) {
        assertThat(tag(language, sentence)).as(sentence).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.value()).isEqualTo(value);
        });
    }

    /**
     * Ukrainian and Slovak mark the past with the l-participle, as Russian and Czech do: a weekday in a past clause is
     * the last one, though the coming Friday is the article's next day; without a past verb, that next day.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uk|Пожежа сталася у пʼятницю ввечері.|2026-11-27TEV",
        "uk|Рятувальники загасили пожежу в п’ятницю.|2026-11-27",
        "uk|Міст відкриють у пʼятницю.|2026-12-04",
        "sk|Most zatvorili v piatok.|2026-11-27",
        "sk|Most bol v piatok zatvorený.|2026-11-27"})
    void slavicPastWeekdaysAreTheLastOnes(String language, String sentence, String value) {
        assertThat(tag(language, sentence)).as(sentence).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo(value));
    }

    /** Romanian "luni" is Monday and months: after a count or before "de zile" it is the months. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ro|Lucrările de reconstrucție vor dura trei luni.",
        "ro|Reconstrucția va dura câteva luni.",
        "ro|Familia a așteptat luni de zile o locuință."})
    void romanianMonthsAreNoMonday(String language, String sentence) {
        assertThat(tag(language, sentence)).as(sentence).isEmpty();
    }

    /**
     * A count of days, weeks or years back from the article, in CLDR's words, the count spelled out or in digits; a
     * week as the tagger writes weeks, by its Monday.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es|La huelga comenzó hace tres días.|hace tres días|2026-11-30",
        "es|El puente se cerró hace 2 semanas.|hace 2 semanas|2026-11-16",
        "fr|Le pont a été fermé il y a deux jours.|il y a deux jours|2026-12-01",
        "de|Die Brücke wurde vor drei Tagen gesperrt.|vor drei Tagen|2026-11-30",
        "de|Die Brücke wurde vor einem Jahr gebaut.|vor einem Jahr|2025",
        "it|Il ponte è stato chiuso tre giorni fa.|tre giorni fa|2026-11-30",
        "pt|A ponte foi fechada há três dias.|há três dias|2026-11-30",
        "nl|De brug werd drie dagen geleden gesloten.|drie dagen geleden|2026-11-30",
        "pl|Most zamknięto trzy dni temu.|trzy dni temu|2026-11-30",
        "cs|Most byl uzavřen před třemi dny.|před třemi dny|2026-11-30",
        "ru|Мост закрыли три дня назад.|три дня назад|2026-11-30",
        "tr|Köprü üç gün önce kapatıldı.|üç gün önce|2026-11-30",
        "sv|Bron stängdes för tre dagar sedan.|för tre dagar sedan|2026-11-30",
        "ms|Menteri melawat kawasan itu tiga hari lalu.|tiga hari lalu|2026-11-30",
        "fi|Kolme päivää sitten paloi autotalli.|Kolme päivää sitten|2026-11-30",
        "hu|Három nappal ezelőtt rendkívüli állapotot hirdettek.|Három nappal ezelőtt|2026-11-30",
        "el|Πριν από τρεις ημέρες σημειώθηκε μικρότερη δόνηση.|Πριν από τρεις ημέρες|2026-11-30",
        "ro|Fabrica fusese inspectată acum trei zile.|acum trei zile|2026-11-30",
        "uk|Міст закрили три дні тому.|три дні тому|2026-11-30",
        "ca|El pont es va tancar fa tres dies.|fa tres dies|2026-11-30",
        // a count in the form it takes before a noun
        "es|El puente se inauguró hace un año.|hace un año|2025",
        "it|Il ponte è stato inaugurato un anno fa.|un anno fa|2025",
        "hu|Két nappal ezelőtt rendkívüli állapotot hirdettek.|Két nappal ezelőtt|2026-12-01"})
    void countsBackAreDated(String language, String sentence, String text, String value) {
        assertThat(tag(language, sentence)).as(sentence).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.value()).isEqualTo(value);
        });
    }

    /** Turkish "önce" after a noun in the ablative counts back from that event, not from the writing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tr|Depremden üç gün önce köprü kapatıldı.",
        "tr|Seçimden iki hafta önce vali istifa etti."})
    void aCountBeforeAnEventIsNoDate(String language, String sentence) {
        assertThat(tag(language, sentence)).as(sentence).isEmpty();
    }
}
