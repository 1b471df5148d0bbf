package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Granularity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each date rule in each of the five languages, resolved against a Thursday, 2011-03-17. */
class EuropeanDateTaggerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2011, 3, 17);

    private static TemporalMention only(String language, String sentence) {
        List<TemporalMention> found = EuropeanDateTagger.forLanguage(language).tag(sentence, PUBLISHED);
        assertThat(found).as(sentence).hasSize(1);
        return found.get(0);
    }

    /** The one mention of the sentence, checked for its text and value. */
    private static TemporalMention found(String language, String sentence, String text, String value) {
        TemporalMention m = only(language, sentence);
        assertThat(m.text()).isEqualTo(text);
        assertThat(m.value()).isEqualTo(value);
        return m;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le pont a été fermé le 12 janvier 2011 à midi.|12 janvier 2011|2011-01-12",
        "fr|La loi a été votée le 1er mars.|1er mars|2011-03-01",
        "de|Die Brücke wurde am 3. Oktober 2010 gesperrt.|3. Oktober 2010|2010-10-03",
        "es|El puente fue cerrado el 5 de marzo de 2011.|5 de marzo de 2011|2011-03-05",
        "it|Il ponte è stato chiuso il 5 marzo 2011.|5 marzo 2011|2011-03-05",
        "pt|A ponte foi fechada em 5 de março de 2011.|5 de março de 2011|2011-03-05"})
    void dayMonthYear(String language, String sentence, String text, String value) {
        TemporalMention m = found(language, sentence, text, value);
        assertThat(m.granularity()).isEqualTo(Granularity.DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Les travaux ont commencé en février 2010.|2010-02",
        "de|Die Arbeiten begannen im Februar 2010.|2010-02",
        "es|Las obras comenzaron en febrero de 2010.|2010-02",
        "it|I lavori sono iniziati a febbraio 2010.|2010-02",
        "pt|As obras começaram em fevereiro de 2010.|2010-02"})
    void monthYear(String language, String sentence, String value) {
        TemporalMention m = only(language, sentence);
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.granularity()).isEqualTo(Granularity.MONTH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le maire a parlé lundi.|lundi|2011-03-14",
        "de|Der Bürgermeister sprach am Montag.|Montag|2011-03-14",
        "es|El alcalde habló el lunes.|lunes|2011-03-14",
        "it|Il sindaco ha parlato lunedì.|lunedì|2011-03-14",
        "pt|O prefeito falou na segunda-feira.|segunda-feira|2011-03-14"})
    void weekdaysAreTheLastSuchDayOnOrBeforeTheArticle(String language, String sentence, String text, String value) {
        TemporalMention m = found(language, sentence, text, value);
        assertThat(m.relative()).isTrue();
    }

    /**
     * A weekday with a part of the day, joined in German ("Sonntagabend") and in words elsewhere: a TIMEX3 TIME of the
     * day the bare weekday gives, as English "Sunday evening" is; "Sonntagszeitung" is no date.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|Nach der Explosion am Sonntagabend stieg die Zahl der Toten.|Sonntagabend|2011-03-13TEV",
        "de|Das sagte die Bürgermeisterin am Dienstagmorgen.|Dienstagmorgen|2011-03-15TMO",
        "de|Der Brand brach am Montagnachmittag aus.|Montagnachmittag|2011-03-14TAF",
        "de|Die Polizei kam in der Samstagnacht.|Samstagnacht|2011-03-12TNI",
        "de|Die Sitzung ist für Montagabend geplant.|Montagabend|2011-03-21TEV",
        "fr|Le maire a parlé dimanche soir.|dimanche soir|2011-03-13TEV",
        "fr|Les secours sont arrivés lundi matin.|lundi matin|2011-03-14TMO",
        "es|El incendio comenzó el domingo por la noche.|domingo por la noche|2011-03-13TNI",
        "it|Il sindaco ha parlato domenica sera.|domenica sera|2011-03-13TEV",
        "pt|O prefeito falou no domingo à noite.|domingo à noite|2011-03-13TNI"})
    void aWeekdayWithAPartOfTheDayIsATimeOfThatDay(String language, String sentence, String text, String value) {
        TemporalMention m = found(language, sentence, text, value);
        assertThat(m.type()).isEqualTo(dev.storybrief.model.TimexType.TIME);
        assertThat(m.calendarValue()).isEqualTo(value.substring(0, 10));
    }

    @Test
    void aWordThatOnlyBeginsWithAWeekdayIsNoDate() {
        assertThat(EuropeanDateTagger.forLanguage("de").tag("Das stand in der Sonntagszeitung.", PUBLISHED)).isEmpty();
    }

    /**
     * The article appeared on Thursday 17 March 2011: "next Monday", or a Monday a plan is set for, is the 21st; CLDR's
     * phrase for next Monday is one expression with its modifier, as "next Monday" is in TimeML.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|L'usine rouvrira lundi prochain.|lundi prochain|2011-03-21",
        "de|Das Treffen findet am nächsten Montag statt.|nächsten Montag|2011-03-21",
        "es|La reunión será el próximo lunes.|el próximo lunes|2011-03-21",
        "es|La reunión será el lunes que viene.|lunes|2011-03-21",
        "it|La fabbrica riaprirà lunedì prossimo.|lunedì prossimo|2011-03-21",
        "fr|Une réunion avec le préfet est prévue lundi.|lundi|2011-03-21",
        "de|Das Treffen ist für Montag geplant.|Montag|2011-03-21",
        "it|L'incontro è previsto per lunedì.|lunedì|2011-03-21",
        "es|La reunión está programada para el lunes.|lunes|2011-03-21"})
    void aWeekdayMarkedNextIsTheOneToCome(String language, String sentence, String text, String value) {
        found(language, sentence, text, value);
    }

    /**
     * Thursday 17 March 2011: a weekday in a clause about the future is the one to come, as English reads "members are
     * to vote on Monday": a modal or "go" before an infinitive ("doivent voter", "van a reabrir", "vai reabrir"), an
     * auxiliary ("wird", "sollen") or the simple future's endings ("rouvrira", "votarán", "riaprirà", "votarão").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Les délégués doivent voter lundi.|lundi|2011-03-21",
        "fr|Le musée rouvrira lundi.|lundi|2011-03-21",
        "fr|Le ministre a annoncé qu'il signera le décret lundi.|lundi|2011-03-21",
        "de|Die Delegierten sollen am Montag abstimmen.|Montag|2011-03-21",
        "de|Das Museum wird am Montag wieder öffnen.|Montag|2011-03-21",
        "es|Los delegados votarán el lunes.|lunes|2011-03-21",
        "es|El museo va a reabrir el lunes.|lunes|2011-03-21",
        "it|Il museo riaprirà lunedì.|lunedì|2011-03-21",
        "it|I delegati devono votare lunedì.|lunedì|2011-03-21",
        "pt|O museu vai reabrir na segunda-feira.|segunda-feira|2011-03-21",
        "pt|Os delegados votarão na segunda-feira.|segunda-feira|2011-03-21",
        // told in the past it stays the last one, the nearer cue deciding
        "fr|Le ministre a signé lundi le décret qu'il appliquera demain.|lundi|2011-03-14",
        "pt|O museu fechou na segunda-feira.|segunda-feira|2011-03-14",
        // no cue: as in English, tomorrow's weekday is tomorrow
        "de|Das Museum öffnet am Freitag.|Freitag|2011-03-18"})
    void aWeekdayInAClauseAboutTheFutureIsTheOneToCome(String language, String sentence, String text, String value) {
        assertThat(EuropeanDateTagger.forLanguage(language).tag(sentence, PUBLISHED))
                .filteredOn(m -> m.text().equals(text)).extracting(TemporalMention::value).containsExactly(value);
    }

    /**
     * Thursday 17 March 2011: "seit", "depuis", "desde" before a weekday start a state that goes on now, so the day
     * is the last one, whatever the verb ("wird ... vermisst" is a present passive, no future).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|Ein Segler wird seit Sonntagabend auf dem See vermisst.|Sonntagabend|2011-03-13TEV",
        "de|Die Straße wird seit Montag gesperrt sein.|Montag|2011-03-14",
        "fr|Le pont sera fermé depuis lundi.|lundi|2011-03-14",
        "es|El niño será buscado desde el domingo por la noche.|domingo por la noche|2011-03-13TNI",
        "pt|A estrada vai estar fechada desde segunda-feira.|segunda-feira|2011-03-14"})
    void aWeekdayAfterSinceIsThePastOne(String language, String sentence, String text, String value) {
        assertThat(EuropeanDateTagger.forLanguage(language).tag(sentence, PUBLISHED))
                .filteredOn(m -> m.text().equals(text)).extracting(TemporalMention::value).containsExactly(value);
    }

    /**
     * "na terça-feira, 22 de março", "am Dienstag, 22. März", "le mardi 22 mars": a weekday with its date set beside
     * it is that date, one expression, whatever the tense would have made of the weekday alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pt|A ministra recebe os sindicatos na terça-feira, 22 de março.|terça-feira, 22 de março|2011-03-22",
        "de|Die Ministerin empfängt die Gewerkschaft am Dienstag, 22. März.|Dienstag, 22. März|2011-03-22",
        "fr|La ministre reçoit les syndicats le mardi 22 mars.|mardi 22 mars|2011-03-22",
        "es|La ministra recibió a los sindicatos el martes 8 de marzo de 2011.|martes 8 de marzo de 2011|2011-03-08"})
    void aWeekdayWithItsDateBesideItIsThatDate(String language, String sentence, String text, String value) {
        assertThat(EuropeanDateTagger.forLanguage(language).tag(sentence, PUBLISHED))
                .extracting(TemporalMention::text, TemporalMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(text, value));
    }

    /** "du lundi au mercredi" in a Tuesday article about the future: the end is not before the start. */
    @Test
    void theEndsOfAWeekdayRangeAreResolvedTogether() {
        List<TemporalMention> found = EuropeanDateTagger.forLanguage("fr")
                .tag("Les routes seront fermées du lundi au mercredi.", LocalDate.of(2026, 12, 29));
        assertThat(found).extracting(TemporalMention::value).containsExactly("2027-01-04", "2027-01-06");
    }

    /** "04.03.2026" and "04/03/2026": these languages write the day first. */
    @Test
    void numericDatesAreDayFirst() {
        assertThat(EuropeanDateTagger.forLanguage("de").tag("Die Sitzung fand am 04.03.2026 statt.", PUBLISHED))
                .extracting(TemporalMention::value).containsExactly("2026-03-04");
        assertThat(EuropeanDateTagger.forLanguage("fr").tag("La séance a eu lieu le 04/03/2026.", PUBLISHED))
                .extracting(TemporalMention::value).containsExactly("2026-03-04");
    }

    /**
     * Thursday 17 March 2011: a deadline weekday ("bis Freitag", "jusqu'à vendredi") in a clause not told in the past
     * is the Friday to come, the 18th; told in the past ("blieb", "est restée", "permaneció", "è rimasta") it is the
     * last one, the 11th, as English reads "will stay closed until Friday" and "stayed closed until Friday".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|Die Schule bleibt bis Freitag geschlossen.|2011-03-18",
        "de|Die Schule ist bis zum Freitag geschlossen.|2011-03-18",
        "de|Die Bank hat bis Freitag geschlossen.|2011-03-18",
        "de|Die Schule blieb bis Freitag geschlossen.|2011-03-11",
        "de|Die Schule war bis Freitag geschlossen.|2011-03-11",
        "de|Die Schule ist bis Freitag geschlossen geblieben.|2011-03-11",
        "fr|L'école restera fermée jusqu'à vendredi.|2011-03-18",
        "fr|L'école est fermée jusqu'à vendredi.|2011-03-18",
        "fr|L'école est restée fermée jusqu'à vendredi.|2011-03-11",
        "fr|L'école restait fermée jusqu'à vendredi.|2011-03-11",
        "es|La escuela permanecerá cerrada hasta el viernes.|2011-03-18",
        "es|La escuela está cerrada hasta el viernes.|2011-03-18",
        "es|La escuela permaneció cerrada hasta el viernes.|2011-03-11",
        "es|La escuela ha estado cerrada hasta el viernes.|2011-03-11",
        "it|La scuola resterà chiusa fino a venerdì.|2011-03-18",
        "it|La scuola è chiusa fino a venerdì.|2011-03-18",
        "it|La scuola è rimasta chiusa fino a venerdì.|2011-03-11",
        "it|La scuola restava chiusa fino a venerdì.|2011-03-11"})
    void aDeadlineWeekdayIsTheOneToComeUnlessTheClauseIsPast(String language, String sentence, String value) {
        assertThat(only(language, sentence).value()).as(sentence).isEqualTo(value);
    }

    /** The article's own Friday is the deadline "bis Freitag" written on that day, not the Friday before. */
    @Test
    void aDeadlineWeekdayOnTheArticlesOwnDayIsThatDay() {
        List<TemporalMention> found = EuropeanDateTagger.forLanguage("de")
                .tag("Die Schule bleibt bis Freitag geschlossen.", LocalDate.of(2011, 3, 18));
        assertThat(found).extracting(TemporalMention::value).containsExactly("2011-03-18");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Hier, le pont a été fermé.|2011-03-16",
        "fr|Le pont a été fermé avant-hier.|2011-03-15",
        "de|Die Brücke wurde gestern gesperrt.|2011-03-16",
        "de|Die Brücke wird morgen geöffnet.|2011-03-18",
        "es|El puente fue cerrado ayer.|2011-03-16",
        "it|Il ponte è stato chiuso ieri.|2011-03-16",
        "pt|A ponte foi fechada ontem.|2011-03-16",
        "pt|A ponte foi fechada hoje.|2011-03-17"})
    void relativeDays(String language, String sentence, String value) {
        assertThat(only(language, sentence).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le pont a été fermé la semaine dernière.|WEEK|2011-03-07",
        "de|Die Brücke wurde letzte Woche gesperrt.|WEEK|2011-03-07",
        "es|El puente fue cerrado el mes pasado.|MONTH|2011-02",
        "it|Il ponte è stato chiuso l'anno scorso.|YEAR|2010",
        "pt|A ponte foi fechada o ano passado.|YEAR|2010"})
    void lastWeekMonthOrYear(String language, String sentence, Granularity unit, String value) {
        TemporalMention m = only(language, sentence);
        assertThat(m.granularity()).isEqualTo(unit);
        assertThat(m.value()).isEqualTo(value);
    }

    @Test
    void theMorningIsNotTomorrowAndABareYearIsAYear() {
        assertThat(EuropeanDateTagger.forLanguage("de").tag("Am Morgen war die Brücke leer.", PUBLISHED)).isEmpty();
        TemporalMention year = only("fr", "Le pont date de 1998.");
        assertThat(year.value()).isEqualTo("1998");
        assertThat(year.granularity()).isEqualTo(Granularity.YEAR);
    }

    @Test
    void withoutAnArticleDateRelativeExpressionsKeepNoValue() {
        List<TemporalMention> found = EuropeanDateTagger.forLanguage("es").tag("El lunes y ayer.", null);
        assertThat(found).hasSize(2).allSatisfy(m -> assertThat(m.value()).isNull());
        assertThat(EuropeanDateTagger.forLanguage("en")).isNull();
        assertThat(EuropeanDateTagger.supports("ja")).isFalse();
    }

    /** "Yesterday" in every language, alone or with a part of the day, is the day before a Thursday. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "it|Una frana ha travolto ieri sera la strada.|ieri sera|2011-03-16TEV",
        "it|Il ponte è crollato l'altro ieri.|l'altro ieri|2011-03-15",
        "es|Un incendio obligó anoche a evacuar el pueblo.|anoche|2011-03-16",
        "fr|Le pont a cédé hier soir.|hier soir|2011-03-16TEV",
        "de|Die Brücke stürzte gestern Abend ein.|gestern Abend|2011-03-16TEV",
        "nl|De brug stortte gisteren in.|gisteren|2011-03-16",
        "nl|De brug stortte gisteravond in.|gisteravond|2011-03-16TEV",
        "pl|Most zawalił się wczoraj wieczorem.|wczoraj wieczorem|2011-03-16TEV",
        "cs|Most se včera zřítil.|včera|2011-03-16",
        "tr|Köprü dün akşam çöktü.|dün akşam|2011-03-16TEV",
        "ru|Мост рухнул вчера вечером.|вчера вечером|2011-03-16TEV",
        "ar|انهار الجسر أمس في المدينة.|أمس|2011-03-16"})
    void yesterdayInEveryLanguage(String language, String sentence, String text, String value) {
        found(language, sentence, text, value);
    }

    /**
     * Weekdays of Dutch, Polish, Czech, Turkish, Russian and Arabic in the cases a date puts them in, resolved against
     * a Thursday: Friday told in the past is last week's, told of what is to come it is tomorrow.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|De brand brak woensdagavond uit.|woensdagavond|2011-03-16TEV",
        "it|La frana è avvenuta lunedì sera.|lunedì sera|2011-03-14TEV",
        "pl|W poniedziałek rzeka zalała miasto.|poniedziałek|2011-03-14",
        "pl|W piątek rzeka zalała miasto.|piątek|2011-03-11",
        "pl|W piątek rozpocznie się remont mostu.|piątek|2011-03-18",
        "cs|V pondělí řeka zaplavila město.|pondělí|2011-03-14",
        "cs|V pátek řeka zaplavila město.|pátek|2011-03-11",
        "cs|V pátek začne oprava mostu.|pátek|2011-03-18",
        "tr|Salı günü madende göçük meydana geldi.|Salı|2011-03-15",
        "tr|Cuma günü madende göçük meydana geldi.|Cuma|2011-03-11",
        "ru|В понедельник река затопила город.|понедельник|2011-03-14",
        "ru|В пятницу река затопила город.|пятницу|2011-03-11",
        "ar|ضرب الزلزال المدينة صباح الأحد.|الأحد|2011-03-13"})
    void weekdaysInMoreLanguages(String language, String sentence, String text, String value) {
        found(language, sentence, text, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pl|Rzeka wystąpiła z brzegów 12 września 2026 r. rano.|12 września 2026|2026-09-12",
        "cs|Řeka se vylila 3. května 2026 v noci.|3. května 2026|2026-05-03",
        "tr|Göçük 21 Ocak 2026 tarihinde oldu.|21 Ocak 2026|2026-01-21",
        "ar|وقع الزلزال في 10 مايو 2026 في المدينة.|10 مايو 2026|2026-05-10"})
    void fullDatesInMoreLanguages(String language, String sentence, String text, String value) {
        found(language, sentence, text, value);
    }

    /** Turkish "pazar" alone is a market, not Sunday. */
    @Test
    void aMarketIsNoSunday() {
        assertThat(EuropeanDateTagger.forLanguage("tr").tag("Pazar yerinde yangın çıktı.", PUBLISHED)).isEmpty();
        assertThat(only("tr", "Pazar günü yangın çıktı.").value()).isEqualTo("2011-03-13");
    }
}
