package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA22 (made-up sentences, articles of Thursday 3 December 2026): a year-less day still to come in an Italian,
 * Polish, Dutch or Portuguese clause is next year's, as in English; last and next week, month, year and weekday as
 * CLDR writes them ("la settimana prossima", "w przyszłym tygodniu", "semana passada", "volgende week dinsdag"),
 * "this morning" in one word ("stamattina"), and Polish "mieć" with an infinitive ("ma przyjechać") as a future.
 */
class DatesStillToComeElsewhereTest {
    /** Thursday 3 December 2026. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static String value(String language, String sentence, String text) {
        return EuropeanDateTagger.forLanguage(language).tag(sentence, THURSDAY).stream()
                .filter(m -> m.text().equals(text)).map(TemporalMention::value).findFirst().orElse("(not tagged)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a future verb, or no cue (the nearest such day), puts January ahead of a December article
            "it | Il vertice si terrà il 15 gennaio a Trento, ha annunciato ieri il presidente. | 15 gennaio | 2027-01-15",
            "it | Sarà il 15 gennaio il vertice sulla frana, ha detto ieri il presidente. | 15 gennaio | 2027-01-15",
            "pl | Spotkanie odbędzie się 15 stycznia w Krakowie. | 15 stycznia | 2027-01-15",
            "nl | De top is op 15 januari in Utrecht. | 15 januari | 2027-01-15",
            "pt | A cimeira será em 15 de janeiro em Lisboa. | 15 de janeiro | 2027-01-15",
            "fr | Le sommet aura lieu le 15 janvier à Lyon. | 15 janvier | 2027-01-15",
            // told in the past, or after "since", the last one; a year written stays
            "it | Il 15 gennaio la frana aveva già colpito la strada. | 15 gennaio | 2026-01-15",
            "pt | A estrada está fechada desde 15 de dezembro. | 15 de dezembro | 2025-12-15",
            "pl | Spotkanie odbędzie się 15 stycznia 2026. | 15 stycznia 2026 | 2026-01-15",
            // a day close to the article is the nearest whatever the tense
            "it | La scuola ha riaperto il 30 novembre. | 30 novembre | 2026-11-30",
            // CLDR's last and next periods and weekdays
            "nl | Volgende week dinsdag bezoekt de minister het gebied. | Volgende week dinsdag | 2026-12-08",
            "it | La settimana prossima il ministro visiterà la zona. | settimana prossima | 2026-12-07",
            "pl | W przyszłym tygodniu minister odwiedzi teren kopalni. | W przyszłym tygodniu | 2026-12-07",
            "pt | Na semana passada o ministro visitou a zona. | semana passada | 2026-11-23",
            "de | Das Urteil wird nächsten Monat erwartet. | nächsten Monat | 2027-01",
            "es | Las elecciones serán el próximo año. | el próximo año | 2027",
            "pl | W przyszłą sobotę górnicy spotkają się z wojewodą. | W przyszłą sobotę | 2026-12-05",
            "fr | La mairie a rouvert mardi dernier. | mardi dernier | 2026-12-01",
            // the existing tables still read theirs
            "fr | La semaine dernière, le maire a démissionné. | La semaine dernière | 2026-11-23",
            // "this morning" in one word or with "this"
            "it | Stamattina il ministro ha visitato la zona. | Stamattina | 2026-12-03TMO",
            "nl | Vanavond spreekt de burgemeester de inwoners toe. | Vanavond | 2026-12-03TEV",
            "fr | Ce matin, les pompiers sont intervenus. | Ce matin | 2026-12-03TMO",
            // Polish "mieć" with an infinitive is due, even beside a past verb farther off
            "pl | Jak poinformował rzecznik wojewoda ma przyjechać do Rudnika w sobotę. | sobotę | 2026-12-05",
            "pl | Jak poinformował rzecznik polski konsul ma odwiedzić pasażerów w poniedziałek. | poniedziałek | 2026-12-07",
            // "ma" without an infinitive ("has") is no cue
            "pl | Jak poinformował rzecznik wojewoda ma kłopot od soboty. | soboty | 2026-11-28",
    })
    void readsTheDayAsTheClauseTellsIt(String language, String sentence, String text, String expected) {
        assertThat(value(language, sentence, text)).isEqualTo(expected);
    }
}
