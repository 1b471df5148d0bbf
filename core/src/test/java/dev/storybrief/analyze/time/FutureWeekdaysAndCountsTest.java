package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.CountedLength;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA tour 19's dates (made-up sentences): what is asked, hoped or planned with a weekday lies ahead of the telling;
 * "the week before Christmas" is a week, not Christmas Day; a number before a unit or a counted noun is no year; and
 * the passes that move a mention's value or extent keep the length it counts.
 */
class FutureWeekdaysAndCountsTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 8, 10);

    private final TemporalTagger tagger = new TemporalTagger();

    private String value(String sentence, String text) {
        return tagger.tag(sentence, WEDNESDAY).stream().filter(m -> m.text().equals(text)).map(TemporalMention::value)
                .findFirst().orElse("(not tagged)");
    }

    private static String value(String language, String sentence, String text) {
        return EuropeanDateTagger.forLanguage(language).tag(sentence, MONDAY).stream()
                .filter(m -> m.text().equals(text)).map(TemporalMention::value).findFirst().orElse("(not tagged)");
    }

    @Test
    void whatIsAskedOrHopedForAWeekdayLiesAhead() {
        assertThat(value("The mayor asked residents not to return home before Tuesday.", "Tuesday"))
                .isEqualTo("2026-12-08");
        assertThat(value("The company said it hoped to run a full timetable from Thursday morning.", "Thursday morning"))
                .isEqualTo("2026-12-03TMO");
        assertThat(value("The union said it planned to strike again on Friday.", "Friday")).isEqualTo("2026-12-04");
        // an intention told in the past perfect is over; a past act before a day stays past
        assertThat(value("He had hoped to finish the report by Friday.", "Friday")).isEqualTo("2026-11-27");
        assertThat(value("The ferry went to Portmarr on Thursday morning.", "Thursday morning"))
                .isEqualTo("2026-11-26TMO");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | Le maire a demandé aux habitants de ne pas revenir chez eux avant mardi. | mardi | 2026-08-11",
            "fr | La compagnie a dit qu'elle espérait reprendre le service à partir de jeudi matin. | jeudi matin | 2026-08-13TMO",
            "fr | Le maire est parti avant mardi. | mardi | 2026-08-04",
            "it | Il sindaco ha chiesto ai residenti di non rientrare prima di martedì. | martedì | 2026-08-11",
            "it | L'azienda sperava di riprendere il servizio da giovedì. | giovedì | 2026-08-13",
            "es | El alcalde pidió a los vecinos no volver antes del martes. | martes | 2026-08-11",
            "es | La empresa esperaba reanudar el servicio a partir del jueves. | jueves | 2026-08-13",
            "pt | O prefeito pediu aos moradores para não voltar antes de terça-feira. | terça-feira | 2026-08-11"})
    void inOtherLanguagesToo(String language, String sentence, String text, String expected) {
        assertThat(value(language, sentence, text)).isEqualTo(expected);
    }

    @Test
    void theWeekBeforeAHolidayIsAWeekCountedFromIt() {
        List<TemporalMention> found = tagger.tag("The strikes planned for the week before Christmas have been called off.",
                WEDNESDAY);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("the week before Christmas");
            assertThat(m.granularity()).isEqualTo(Granularity.WEEK);
            assertThat(m.value()).isEqualTo("2026-12-14"); // the Monday of the week of December 18
        });
        assertThat(value("Shops open two days after Christmas.", "two days after Christmas")).isEqualTo("2026-12-27");
    }

    @Test
    void aNumberBeforeAUnitOrACountedNounIsNoYear() {
        assertThat(tagger.tag("Volunteers helped for 1974 hours.", WEDNESDAY)).isEmpty();
        assertThat(tagger.tag("The strike involved more than half of 2077 workers.", WEDNESDAY)).isEmpty();
        assertThat(value("The mill closed in 1974 after the flood.", "1974")).isEqualTo("1974");
        assertThat(value("Results for 1989 were weak.", "1989")).isEqualTo("1989");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | Les bénévoles ont aidé pendant 1974 heures.",
            "it | I volontari hanno lavorato per 1974 ore.",
            "it | L'azienda impiega 2077 lavoratori.",
            "de | Die Helfer arbeiteten 1974 Stunden.",
            "es | La empresa emplea a 2077 trabajadores.",
            "pt | A empresa emprega 2077 trabalhadores.",
            "nl | De vrijwilligers werkten 1974 uur."})
    void norInOtherLanguages(String language, String sentence) {
        assertThat(EuropeanDateTagger.forLanguage(language).tag(sentence, MONDAY)).isEmpty();
        assertThat(value("it", "Nel 1974 la fabbrica chiuse.", "1974")).isEqualTo("1974");
    }

    @Test
    void passesThatMoveAValueOrAnExtentKeepTheCountedLength() {
        CountedLength year = new CountedLength("a year", "P1Y");
        String hedged = "The talks go on until a year after or so.";
        int start = hedged.indexOf("a year after");
        TemporalMention count = new TemporalMention(start, start + 12, "a year after", TimexType.DATE, "2027",
                Granularity.YEAR, true, year);
        assertThat(HedgedEnds.apply(hedged, List.of(count))).singleElement()
                .satisfies(m -> assertThat(m.length()).isEqualTo(year));
        String range = "From Monday to Friday";
        TemporalMention monday = new TemporalMention(5, 11, "Monday", TimexType.DATE, "2026-11-30", Granularity.DAY,
                true, null);
        CountedLength day = new CountedLength("Friday", "P1D");
        TemporalMention friday = new TemporalMention(15, 21, "Friday", TimexType.DATE, "2026-11-27", Granularity.DAY,
                true, day);
        assertThat(RangeEnds.apply(range, List.of(monday, friday)).get(1)).satisfies(m -> {
            assertThat(m.value()).isEqualTo("2026-12-04");
            assertThat(m.length()).isEqualTo(day);
        });
    }
}
