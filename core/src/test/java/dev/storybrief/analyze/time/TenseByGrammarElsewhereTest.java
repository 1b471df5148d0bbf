package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tense of a weekday's clause in the languages whose date words come from CLDR (Romanian, Croatian, Catalan,
 * Greek, Hungarian, Finnish, Malay, Ukrainian, Slovak), read from what each grammar marks tense with: an auxiliary
 * ("va", "će", "θα", "fog"), a periphrasis ("va tancar" is Catalan's past), a perfect's auxiliary and participle
 * ("a izbucnit", "je ... zatvorila"), a past ending ("tetőzött", "syttyi"); German's finite verb by its place (a
 * separable prefix ending the clause, the verb ending a subordinate one); Spanish and Portuguese "to be" after a
 * modal ("vai ser retomada"). Every sentence is read against Thursday, 2026-12-03: a past Friday is 2026-11-27
 * (the coming one, the article's next day, is what a clause without cue gives), a coming Monday 2026-12-07 (the last
 * one, 2026-11-30, is what a clause without cue gives).
 */
class TenseByGrammarElsewhereTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static String value(String language, String sentence) {
        EuropeanDateTagger tagger = EuropeanDateTagger.forLanguage(language);
        assertThat(tagger).as("a tagger for " + language).isNotNull();
        var found = tagger.tag(sentence, THURSDAY);
        assertThat(found).as(sentence).hasSize(1);
        return found.get(0).value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ro|Ședința consiliului va avea loc luni la primărie.",
        "ro|Consilierii o să voteze luni noul buget.",
        "hr|Most će biti otvoren u ponedjeljak.",
        "hr|Vijećnici će u ponedjeljak glasati o proračunu.",
        "ca|La reunió del consell tindrà lloc dilluns.",
        "el|Τα σχολεία θα ανοίξουν τη Δευτέρα.",
        "hu|A hidat hétfőn fogják újra megnyitni.",
        "hu|Az ülés hétfőn lesz a városházán.",
        "fi|Kaupunki aikoo avata sillan maanantaina.",
        "ms|Jambatan itu akan dibuka semula pada hari Isnin.",
        "uk|Міст відкриватимуть у понеділок.",
        "sk|Most bude otvorený v pondelok.",
        "pt|A circulação vai ser retomada na segunda-feira.",
        "es|La votación va a ser el lunes."})
    void aFutureClauseGivesTheComingMonday(String language, String sentence) {
        assertThat(value(language, sentence)).as(sentence).isEqualTo("2026-12-07");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ro|Incendiul a izbucnit vineri la o fabrică din oraș.",
        "ro|Pompierii au stins focul vineri.",
        "hr|Policija je u petak zatvorila most.",
        "hr|Vatrogasci su ugasili požar u petak.",
        "hr|Požar je izbio u petak u tvornici.",
        "ca|El pont es va tancar divendres.",
        "ca|Els bombers han apagat l'incendi divendres.",
        "el|Ο σεισμός σημειώθηκε την Παρασκευή.",
        "el|Οι αρχές έκλεισαν τη γέφυρα την Παρασκευή.",
        "hu|A Tisza pénteken tetőzött Szolnoknál.",
        "hu|Pénteken 120 lakost telepítettek ki.",
        "fi|Tulipalo syttyi perjantaina teollisuusalueella.",
        "fi|Poliisit sulkivat sillan perjantaina.",
        "ms|Banjir telah melanda pekan itu pada hari Jumaat.",
        "de|Der Minister kündigte das Ende des Streiks am Freitag an.",
        "de|Die Stadtverwaltung teilte am Freitag mit.",
        "de|Die Straße ist wieder frei, nachdem die Polizei das Gebiet am Freitag räumte.",
        "de|Das Feuer zerstörte am Freitag eine Lagerhalle."})
    void aPastClauseGivesTheLastFriday(String language, String sentence) {
        assertThat(value(language, sentence)).as(sentence).isEqualTo("2026-11-27");
    }

    /** No cue: the English default, the article's next day; words that only end like a cue are none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|Die Gespräche gehen am Freitag weiter.",
        "de|Die Gewerkschaft ruft am Freitag zum Streik auf.",
        "de|Am Freitag beginnt die zweite Runde.",
        "de|Die alte Brücke öffnet am Freitag.",
        "hr|Škola je u petak mala.",
        "hu|A döntés előtt pénteken egyeztetnek.",
        "ro|Primarul merge vineri la Iași."})
    void wordsThatOnlyEndLikeACueAreNone(String language, String sentence) {
        assertThat(value(language, sentence)).as(sentence).isEqualTo("2026-12-04");
    }

    /** A part of the day after a weekday or yesterday, as each of these languages writes it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ro|Incendiul a izbucnit marți seara.|marți seara|2026-12-01TEV",
        "hr|Požar je izbio u utorak navečer.|utorak navečer|2026-12-01TEV",
        "hu|A gát kedden este szakadt át.|kedden este|2026-12-01TEV",
        "fi|Tulipalo syttyi tiistai-iltana.|tiistai-iltana|2026-12-01TEV",
        "el|Ο σεισμός σημειώθηκε την Τρίτη το βράδυ.|Τρίτη το βράδυ|2026-12-01TEV",
        "ca|El pont es va tancar dimarts al vespre.|dimarts al vespre|2026-12-01TEV",
        "ms|Banjir melanda pekan itu pada hari Selasa malam.|Selasa malam|2026-12-01TNI",
        "sk|Most zatvorili v utorok ráno.|utorok ráno|2026-12-01TMO",
        "uk|Пожежа сталася у вівторок ввечері.|вівторок ввечері|2026-12-01TEV",
        "ca|El pont es va tancar ahir a la tarda.|ahir a la tarda|2026-12-02TAF"})
    void partsOfTheDayAreRead(String language, String sentence, String text, String value) {
        EuropeanDateTagger tagger = EuropeanDateTagger.forLanguage(language);
        assertThat(tagger.tag(sentence, THURSDAY)).as(sentence).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.value()).isEqualTo(value);
        });
    }
}
