package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.QuantitySpan.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures French, German, Spanish, Italian and Portuguese sentences give besides counts, read by their kind as
 * English's are ({@link FigureKindsTest}): a length of time with what it is of, a position, a sum without its purpose.
 */
class EuropeanFigureKindsTest {

    private static List<QuantitySpan> read(String language, String sentence) {
        return QuantityRules.forLanguage(language).extract(sentence, 0, 0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a length and what it is of, after the unit or before the figure; a prison term keyed as English keys it
            "es | Aguirre fue condenado a seis años de prisión por estafa.        | seis años      | 6  | duration year in prison | DURATION",
            "es | Recurrió la condena de siete años ante el Supremo.             | siete años     | 7  | duration year in prison | DURATION",
            "es | La huelga de tres días terminó el viernes.                      | tres días      | 3  | duration day huelg      | DURATION",
            "es | Firmó un contrato de cinco temporadas con el club.              | cinco temporadas | 5 | duration season contract | DURATION",
            "pt | O réu foi condenado a quatro anos de prisão.                    | quatro anos    | 4  | duration year in prison | DURATION",
            "pt | As buscas duraram 40 horas de buscas na serra.                  | 40 horas       | 40 | duration hour busc      | DURATION",
            "fr | Il a été condamné à six ans de prison ferme.                    | six ans        | 6  | duration year in prison | DURATION",
            "fr | Le joueur a signé un contrat de quatre ans.                     | quatre ans     | 4  | duration year contract  | DURATION",
            "it | È stato condannato a sei anni di carcere.                       | sei anni       | 6  | duration year in prison | DURATION",
            "de | Das Gericht verurteilte ihn zu vier Jahren Haft.                | vier Jahren    | 4  | duration year in prison | DURATION",
            "de | Er erhielt eine Haftstrafe von fünf Jahren.                     | fünf Jahren    | 5  | duration year in prison | DURATION",
            "de | Der Stürmer unterschrieb einen Vertrag über zwölf Monate.       | zwölf Monate   | 12 | duration month contract | DURATION",
            // a position, in digits or in words after an article
            "es | Marcó en el 89º minuto del partido.                             | 89º minuto     | 89 | ordinal minut           | ORDINAL",
            "es | Es la tercera vez que el club lo intenta.                       | tercera vez    | 3  | ordinal vez             | ORDINAL",
            "pt | Foi a terceira vez que o menino se perdeu.                      | terceira vez   | 3  | ordinal vez             | ORDINAL",
            "de | Der Fluss trat zum dritten Mal über die Ufer.                   | dritten Mal    | 3  | ordinal mal             | ORDINAL",
            "de | Das Tor fiel in der 89. Minute.                                 | 89. Minute     | 89 | ordinal minut           | ORDINAL",
            "fr | C'est la deuxième fois que le fleuve déborde.                   | deuxième fois  | 2  | ordinal foi             | ORDINAL",
            // a sum the sentence names no purpose for
            "es | El Harwick United ha ofrecido 40 millones de euros al club.     | 40 millones de euros | 40000000 | money | AMOUNT",
            "de | Die Gewerkschaft fordert 550 Euro mehr Lohn im Monat.          | 550 Euro       | 550 | money                  | AMOUNT",
            "pt | O clube pagou R$ 1,2 milhão pelo jogador.                       | R$ 1,2 milhão  | 1200000 | money              | AMOUNT",
            "fr | Le club a versé 45 millions d'euros pour l'attaquant.           | 45 millions d'euros | 45000000 | money     | AMOUNT",
    })
    void readsEachKindWithItsOffsets(String language, String sentence, String text, double value, String key, Kind kind) {
        QuantitySpan q = read(language, sentence).stream().filter(x -> x.kind() == kind).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " in " + read(language, sentence)));
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(text);
        assertThat(q.text()).isEqualTo(text);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "es | Hace seis años que vive en Madrid.",
            "es | Trabajó durante seis años en la empresa.",
            "es | Fueron condenados a 13 y 11 años de prisión.",
            "pt | Segundo o ministério, o menino passa bem.",
            "it | Secondo la polizia, il fiume è salito.",
            "es | El primer ministro habló el lunes.",
            "de | Vor vier Jahren Bürgermeister geworden, tritt er nun ab.",
            "de | Die Verhandlungen sollen am 3. Dezember fortgesetzt werden.",
            "fr | La réunion aura lieu le 3 décembre à Paris.",
    })
    void whatNamesNoKindIsNoFigure(String language, String sentence) {
        assertThat(read(language, sentence)).filteredOn(q -> q.kind() != Kind.COUNT).isEmpty();
    }

    @Test
    void aLengthOrAPositionIsNoCountAndASumWithItsPurposeStaysOne() {
        assertThat(read("es", "Fue condenado a seis años de prisión y a pagar una multa de 900 euros."))
                .extracting(QuantitySpan::kind, QuantitySpan::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.DURATION, "duration year in prison"),
                        org.assertj.core.groups.Tuple.tuple(Kind.COUNT, "money fine"));
    }

    /**
     * Across the languages, one sentence frame with every pair of lengths: the figures are of one kind, and one gives
     * the other's figure exactly when the values differ. All 605 pairs rather than a random draw of 50 (they take no
     * time): a pair that fails then fails on every run, not on one run in a few.
     */
    @Test
    void twoLengthsOfOneTermAreAnotherFigureExactlyWhenTheyDiffer() {
        String[][] frames = {
                {"es", "Fue condenado a %s años de prisión.", "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"},
                {"pt", "Foi condenado a %s anos de prisão.", "dois|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze"},
                {"fr", "Il a été condamné à %s ans de prison.", "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"},
                {"it", "È stato condannato a %s anni di carcere.", "due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici"},
                {"de", "Er wurde zu %s Jahren Haft verurteilt.", "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"},
        };
        for (String[] frame : frames) {
            String[] words = frame[2].split("\\|");
            for (int a = 0; a < words.length; a++) {
                List<QuantitySpan> mine = read(frame[0], String.format(frame[1], words[a]));
                double value = a + 2.0;
                assertThat(mine).as(frame[0] + " " + words[a]).singleElement()
                        .satisfies(q -> assertThat(q.value()).isEqualTo(value));
                for (int b = 0; b < words.length; b++) {
                    List<QuantitySpan> theirs = read(frame[0], String.format(frame[1], words[b]));
                    assertThat(QuantitySpan.givesAnotherFigure(mine, theirs)).as(words[a] + " / " + words[b])
                            .isEqualTo(a != b);
                }
            }
        }
    }
}
