package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures of Dutch, Polish, Swedish, Danish and Norwegian sentences, read from their {@link QuantityLanguage} tables:
 * decimal commas, dotted or spaced thousands, magnitude words and abbreviations, qualifiers, currencies, and the kinds
 * of figure news compares. The sentences are made up.
 *
 * <p>Polish declines what it counts: the cases cover the nominative plural ("ranni"), the genitive plural a count
 * takes ("rannych", "osób", "mieszkańców"), the instrumental ("rannymi"), the count of two to four ("dwie osoby"),
 * a harm verb before its subject ("Zginęły", "zginęło") or after it ("zostało rannych"), and the toll in the
 * genitive ("liczba ofiar ... do trzech").
 */
class NorthernQuantityTest {

    private static QuantitySpan only(String language, String sentence) {
        List<QuantitySpan> found = QuantityRules.forLanguage(language).extract(sentence, 0, 0);
        assertThat(found).as(sentence).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // Dutch: dotted thousands, decimal comma, "miljoen", "mln", qualifiers
            "nl | Volgens de gemeente zijn ongeveer 4.000 inwoners geëvacueerd. | 4000 | ABOUT | people",
            "nl | Bij de brand kwamen ruim 20 mensen om het leven. | 20 | AT_LEAST | people killed",
            "nl | Bijna 300 woningen zijn ondergelopen. | 300 | NEARLY | woning",
            "nl | De schade wordt geschat op 2,5 miljoen euro. | 2500000 | EXACT | money damage",
            "nl | De gemeente trekt 1,2 mln euro uit voor hulp aan de getroffen boeren. | 1200000 | EXACT | money aid",
            "nl | Daarmee komt het dodental op drie. | 3 | EXACT | people killed",
            // Polish: spaced thousands, "mln zł", stems of every case
            "pl | Ewakuowano prawie 1 200 mieszkańców. | 1200 | NEARLY | people",
            "pl | W wypadku 17 osób zostało rannych. | 17 | EXACT | people injured",
            "pl | Na miejscu opatrzono 12 rannych. | 12 | EXACT | people injured",
            "pl | Szpital w Ełku zajął się 9 rannymi. | 9 | EXACT | people injured",
            "pl | Ranni to 5 pasażerów autobusu. | 5 | EXACT | people injured",
            "pl | Zginęły dwie osoby. | 2 | EXACT | people killed",
            "pl | W katastrofie zginęło ponad 40 osób. | 40 | AT_LEAST | people killed",
            "pl | Straty oszacowano na 1,5 mln zł. | 1500000 | EXACT | money loss",
            "pl | Liczba ofiar wzrosła do trzech. | 3 | EXACT | people killed",
            // Swedish: spaced thousands, "miljoner kronor", "drygt", "nästan"
            "sv | Enligt polisen har drygt 1 200 personer evakuerats. | 1200 | AT_LEAST | people",
            "sv | Nästan 30 människor omkom i branden. | 30 | NEARLY | people killed",
            "sv | Skadorna beräknas till 25,5 miljoner kronor. | 25500000 | EXACT | money damage",
            "sv | Antalet döda har stigit till fyra. | 4 | EXACT | people killed",
            // Danish and Norwegian: dotted thousands, "millioner kroner", "over", "næsten"
            "da | Ifølge politiet er over 2.000 mennesker evakueret. | 2000 | AT_LEAST | people",
            "da | Næsten 15 personer blev såret ved ulykken. | 15 | NEARLY | people injured",
            "da | Skaderne anslås til 40 millioner kroner. | 40000000 | EXACT | money damage",
            "da | Dødstallet er steget til fem. | 5 | EXACT | people killed",
            "no | Ifølge politiet er nesten 3.000 mennesker evakuert. | 3000 | NEARLY | people",
            "no | Skadene anslås til 12 millioner kroner. | 12000000 | EXACT | money damage",
            // a harm after the counted noun, "no one" as none, round figures ("ett 45-tal")
            "da | Tre passagerer kom lettere til skade ved grundstødningen. | 3 | EXACT | people injured",
            "da | Ingen kom til skade, oplyser politiet. | 0 | EXACT | people injured",
            "sv | Ingen kom till skada vid branden. | 0 | EXACT | people injured",
            "no | Ingen omkom i brannen. | 0 | EXACT | people killed",
            "de | Niemand wurde verletzt, teilte die Feuerwehr mit. | 0 | EXACT | people injured",
            "de | Zwei Polizisten wurden leicht verletzt. | 2 | EXACT | people injured",
            "fr | Personne n'a été blessé, selon les pompiers. | 0 | EXACT | people injured",
            "sv | Ett 45-tal boende evakuerades under natten. | 45 | ABOUT | people",
            "nl | Een 30-tal bewoners is geëvacueerd. | 30 | ABOUT | people",
    })
    void aFigureIsReadWithItsQualifierAndKey(String language, String sentence, double value, Qualifier qualifier,
                                             String key) {
        QuantitySpan q = only(language, sentence);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.key()).isEqualTo(key);
    }

    /** Two counts of one casualty report: each takes its own harm, the verb before it or the words after it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "pl | Dwie osoby zginęły, a 17 zostało rannych w wypadku autobusu. | 2 | people killed | 17 | people injured",
            "pl | Zginęły dwie osoby, a 14 zostało rannych. | 2 | people killed | 14 | people injured",
            "nl | Twee mensen kwamen om het leven en 12 mensen raakten gewond. | 2 | people killed | 12 | people injured",
    })
    void eachCountOfACasualtyReportTakesItsOwnHarm(String language, String sentence, double first, String firstKey,
                                                   double second, String secondKey) {
        List<QuantitySpan> found = QuantityRules.forLanguage(language).extract(sentence, 0, 0);
        assertThat(found).extracting(QuantitySpan::value).containsExactly(first, second);
        assertThat(found).extracting(QuantitySpan::key).containsExactly(firstKey, secondKey);
    }

    /** A participle after the counted noun is the clause's verb: the figure ends at the noun. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "nl | Inmiddels zijn 6.500 inwoners geëvacueerd, meldt de veiligheidsregio. | 6.500 inwoners",
            "sv | Under natten har 1 200 personer evakuerats från området. | 1 200 personer",
            "da | I alt 2.000 mennesker evakueret fra byen. | 2.000 mennesker",
    })
    void theCountedPhraseEndsAtItsNoun(String language, String sentence, String text) {
        assertThat(only(language, sentence).text()).isEqualTo(text);
    }

    /** Lengths of time joined to what they are of, and percentages of what they measure. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "nl | De rechter legde de man zes jaar cel op. | 6 | DURATION",
            "pl | Sąd skazał kierowcę na 6 lat więzienia. | 6 | DURATION",
            "sv | Mannen dömdes till sex års fängelse. | 6 | DURATION",
            "da | Manden fik seks års fængsel. | 6 | DURATION",
            "nl | Ruim 40 procent van de inwoners is vertrokken. | 40 | COUNT",
            "pl | Na wybory poszło 62,5 proc. mieszkańców gminy. | 62.5 | COUNT",
            "sv | Valdeltagandet var 81,2 procent. | 81.2 | COUNT",
            "da | Omkring 60 procent af de ansatte strejker. | 60 | COUNT",
    })
    void lengthsAndPercentages(String language, String sentence, double value, QuantitySpan.Kind kind) {
        QuantitySpan q = only(language, sentence);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.kind()).isEqualTo(kind);
        if (kind == QuantitySpan.Kind.DURATION) {
            assertThat(q.key()).endsWith("in prison");
        } else {
            assertThat(q.key()).startsWith("percent ");
        }
    }

    /**
     * An age glued to its word ("81-jarige", "45-årig") is an age, as a Polish "52-letni" is ({@link
     * PolishQuantitiesTest}), never the count of dead the clause's verb would make it; a figure of years before a harm
     * ("van 59 jaar werd dood aangetroffen") counts no victims either.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "nl | Een 81-jarige vrouw kwam op 2 november om het leven. | 81",
            "nl | De 59-jarige bestuurder raakte zwaargewond. | 59",
            "sv | En 45-årig man omkom i branden. | 45",
            "da | En 67-årig kvinde omkom i ulykken. | 67",
    })
    void agesAreAges(String language, String sentence, double age) {
        QuantitySpan q = only(language, sentence);
        assertThat(q.key()).isEqualTo("age");
        assertThat(q.value()).isEqualTo(age);
    }

    /** Dates and clock times are no counts; a month name after a number is a date; years before a harm count no one. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "nl | Een man van 59 jaar werd dinsdag dood aangetroffen.",
            "pl | Kierowca w wieku 52 lat zginął na miejscu.",
            "fr | Une personne n'est pas un numéro.",
            "es | Nadie sabe cuántos murieron en el incendio.",
            "de | Niemand weiß, wie viele verletzt wurden.",
            "sv | Olyckan inträffade den 14 oktober.",
            "da | Ulykken skete den 14. oktober.",
    })
    void noCount(String language, String sentence) {
        assertThat(QuantityRules.forLanguage(language).extract(sentence, 0, 0)).isEmpty();
    }
}
