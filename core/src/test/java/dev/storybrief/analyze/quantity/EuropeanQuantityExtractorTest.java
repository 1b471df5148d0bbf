package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each quantity rule in French, German, Spanish, Italian and Portuguese: one row per rule and language. */
class EuropeanQuantityExtractorTest {

    private static List<QuantitySpan> extract(String language, String sentence) {
        return QuantityRules.forLanguage(language).extract(sentence, 0, 0);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // separators: space, no-break space, narrow no-break space, thin space, dot (not in French)
            "fr | space separator      | Les avions ont effectué 26 000 sorties au total.           | 26000 | EXACT | sortie",
            "fr | no-break space       | Les avions ont effectué 26\u00A0000 sorties au total.      | 26000 | EXACT | sortie",
            "fr | narrow no-break      | Les avions ont effectué 26\u202F000 sorties au total.      | 26000 | EXACT | sortie",
            "de | thin space           | Die Flugzeuge flogen 26\u2009000 Einsätze.                 | 26000 | EXACT | sortie",
            "de | dot separator        | Die Flugzeuge flogen 26.000 Einsätze.                      | 26000 | EXACT | sortie",
            "es | dot separator        | Los aviones realizaron 26.000 salidas.                     | 26000 | EXACT | sortie",
            "it | dot separator        | Gli aerei hanno compiuto 26.000 missioni.                  | 26000 | EXACT | sortie",
            "pt | dot separator        | Os aviões realizaram 26.000 missões.                       | 26000 | EXACT | sortie",
            // decimal comma with a magnitude, and the noun after "de/d'/di"
            "fr | decimal comma        | La ville a perdu 2,5 millions d'habitants en vingt ans.    | 2500000 | EXACT | people",
            "de | decimal comma        | Das Land zählt 1,5 Millionen Einwohner.                    | 1500000 | EXACT | people",
            "es | decimal comma        | La región tiene 2,5 millones de habitantes.                | 2500000 | EXACT | people",
            "it | decimal comma        | La regione conta 2,5 milioni di abitanti.                  | 2500000 | EXACT | people",
            "pt | decimal comma        | A região tem 2,5 milhões de habitantes.                    | 2500000 | EXACT | people",
            // magnitudes
            "fr | milliard             | L'aide atteint 3 milliards d'euros cette année.            | 3000000000 | EXACT | money aid",
            "de | Mrd.                 | Die Hilfe beträgt 3 Mrd. Euro.                             | 3000000000 | EXACT | money aid",
            "de | Mio.                 | Die Kosten liegen bei 4,2 Mio. Euro.                       | 4200000 | EXACT | money cost",
            "es | mil millones         | La ayuda suma 3 mil millones de euros.                     | 3000000000 | EXACT | money aid",
            "it | mila                 | Sono stati evacuati 40 mila abitanti.                      | 40000 | EXACT | people",
            "pt | mil                  | Foram retirados 40 mil habitantes da cidade.               | 40000 | EXACT | people",
            // qualifiers
            "fr | près de              | L'OTAN a mené près de 10 000 raids aériens.                | 10000 | NEARLY | sortie",
            "fr | plus de              | L'OTAN a mené plus de 26 000 sorties.                      | 26000 | AT_LEAST | sortie",
            "fr | environ              | Environ 300 soldats sont arrivés.                          | 300 | ABOUT | soldat",
            "de | fast                 | Die NATO flog fast 10.000 Angriffe.                        | 10000 | NEARLY | sortie",
            "de | mehr als             | Die NATO flog mehr als 26.000 Einsätze.                    | 26000 | AT_LEAST | sortie",
            "de | rund                 | Rund 300 Soldaten kamen an.                                | 300 | ABOUT | soldat",
            "es | casi                 | La OTAN realizó casi 10.000 ataques.                       | 10000 | NEARLY | sortie",
            "es | más de               | La OTAN realizó más de 26.000 salidas.                     | 26000 | AT_LEAST | sortie",
            "it | quasi                | La NATO ha condotto quasi 10.000 raid.                     | 10000 | NEARLY | sortie",
            "it | più di               | La NATO ha condotto più di 26.000 missioni.                | 26000 | AT_LEAST | sortie",
            "pt | cerca de             | A OTAN realizou cerca de 10.000 ataques.                   | 10000 | ABOUT | sortie",
            "pt | pelo menos           | A OTAN realizou pelo menos 26.000 missões.                 | 26000 | AT_LEAST | sortie",
            // currency symbols and names
            "fr | euro sign after      | La réparation coûtera 48 000 € selon la mairie.            | 48000 | EXACT | money cost",
            "de | dollar sign          | Der Schaden beträgt $5 Millionen.                          | 5000000 | EXACT | money damage",
            "es | currency name        | La multa es de 900 euros.                                  | 900 | EXACT | money fine",
            "it | currency name        | Il riscatto era di 2 milioni di dollari.                   | 2000000 | EXACT | money ransom",
            "pt | currency name        | A dívida chega a 7 bilhões de reais.                       | 7000000000 | EXACT | money debt",
            // a capital scale letter against a currency sign; a lower-case "m" alone stays a length
            "fr | M€                   | Le projet coûtera 900 M€ selon le département.              | 900000000 | EXACT | money cost",
            "fr | Md€                  | Le projet coûtera 1,2 Md€ selon le département.             | 1200000000 | EXACT | money cost",
            "de | Mrd €                | Das Projekt wird 3 Mrd € kosten.                            | 3000000000 | EXACT | money cost",
            "fr | metres               | La tour mesure 300 m de haut.                               | 300 | EXACT | meter",
            // the verb stating a cost names the amount as the noun does
            "de | kostet               | Das neue Stadion kostet 900 Millionen Euro.                | 900000000 | EXACT | money cost",
            "es | costará              | El proyecto costará 1.200 millones de euros.               | 1200000000 | EXACT | money cost",
            "it | costerà              | Il progetto costerà 1,2 miliardi di euro.                  | 1200000000 | EXACT | money cost",
            "pt | custará              | O projeto custará 900 milhões de euros.                    | 900000000 | EXACT | money cost",
            // deaths and injuries reach English's keys
            "fr | morts                | L'attentat a fait 14 morts et des dizaines de blessés.    | 14 | EXACT | people killed",
            "fr | personnes blessées   | Au moins 12 personnes ont été blessées.                    | 12 | AT_LEAST | people injured",
            "de | Tote                 | Bei dem Anschlag gab es 14 Tote.                           | 14 | EXACT | people killed",
            "de | Verletzte            | Mindestens 12 Verletzte wurden gezählt.                    | 12 | AT_LEAST | people injured",
            "es | muertos              | El atentado dejó 14 muertos.                               | 14 | EXACT | people killed",
            "es | heridos              | Al menos 12 heridos fueron atendidos.                      | 12 | AT_LEAST | people injured",
            "it | morti                | L'attentato ha causato 14 morti.                           | 14 | EXACT | people killed",
            "it | feriti               | Almeno 12 feriti sono stati ricoverati.                    | 12 | AT_LEAST | people injured",
            "pt | mortos               | O atentado deixou 14 mortos.                               | 14 | EXACT | people killed",
            "pt | pessoas feridas      | Pelo menos 12 pessoas ficaram feridas.                     | 12 | AT_LEAST | people injured",
            "fr | nearest casualty word | 52 personnes sont mortes et environ 700 ont été blessées. | 52 | EXACT | people killed",
            "es | nearest casualty word | 30 personas resultaron heridas y 2 murieron.             | 30 | EXACT | people injured",
            // small number words
            "fr | number word          | Trois personnes ont été tuées.                             | 3 | EXACT | people killed",
            "de | number word          | Drei Menschen starben.                                     | 3 | EXACT | people killed",
            "es | number word          | Murieron cinco personas.                                   | 5 | EXACT | people killed",
            "it | number word          | Sono morte due persone.                                    | 2 | EXACT | people killed",
            "pt | number word          | Morreram três pessoas.                                     | 3 | EXACT | people killed",
            "fr | deux cents           | L'île est à environ deux cents miles des côtes.            | 200 | ABOUT | mile",
            // numbers written as words beyond twelve: hyphenated, joined, glued
            "fr | hyphenated           | Vingt-trois personnes sont mortes.                         | 23 | EXACT | people killed",
            "fr | quatre-vingts        | Les quatre-vingts porteurs sont partis.                    | 80 | EXACT | port",
            "fr | et un                | Trente et un blessés ont été évacués.                      | 31 | EXACT | people injured",
            "fr | teens                | Quinze personnes ont été tuées.                            | 15 | EXACT | people killed",
            "pt | ficar links a state  | No desabamento, 12 ficaram feridas.                        | 12 | EXACT | people injured",
            "pt | a toll far before    | O número de mortos no desabamento do prédio da construtora na Vila Nova subiu para onze. | 11 | EXACT | people killed",
            "de | glued und            | Dreiundzwanzig Menschen starben.                           | 23 | EXACT | people killed",
            "de | glued hundred        | Zweihundertfünfzig Verletzte wurden gezählt.               | 250 | EXACT | people injured",
            "es | y                    | Treinta y dos heridos fueron atendidos.                    | 32 | EXACT | people injured",
            "es | glued                | Doscientos veinte muertos.                                 | 220 | EXACT | people killed",
            "it | glued                | Ventitré persone sono morte.                               | 23 | EXACT | people killed",
            "it | elided ten           | Ventuno feriti sono stati ricoverati.                      | 21 | EXACT | people injured",
            "pt | e                    | Vinte e três pessoas morreram.                             | 23 | EXACT | people killed",
            "fr | article before       | Une troupe de plus de 100 danseurs a défilé.               | 100 | AT_LEAST | danseu",
            // a count put before the noun's article after a copula
            "it | sono N le            | Sono circa 1.200 le persone isolate dopo la frana.         | 1200 | ABOUT | people",
            "es | son N los            | Son 12 los muertos por el incendio.                        | 12 | EXACT | people killed",
            "pt | são N os             | São 12 os mortos no incêndio.                              | 12 | EXACT | people killed",
            // a round number's noun after "a" is about that many
            "fr | une centaine de      | Une centaine de pompiers étaient mobilisés.                | 100 | ABOUT | pompi",
            "de | ein Dutzend          | Ein Dutzend Menschen wurden verletzt.                      | 12 | ABOUT | people injured",
            "es | un centenar de       | Un centenar de personas fueron evacuadas.                  | 100 | ABOUT | people",
            "it | una ventina di       | Una ventina di persone sono rimaste ferite.                | 20 | ABOUT | people injured",
            "pt | uma dezena de        | Uma dezena de mortos foi contada.                          | 10 | ABOUT | people killed",
            // a verb of exceeding before the figure: more than it
            "es | superan los          | Las pérdidas superan los 12,5 millones de euros.           | 12500000 | AT_LEAST | money loss",
            "es | superan las          | Las llamas superan las 3.000 hectáreas en la sierra.       | 3000 | AT_LEAST | hectare",
            "fr | a dépassé les        | Le feu a dépassé les 10 000 hectares dans la vallée.       | 10000 | AT_LEAST | hectar",
            "de | übersteigen          | Die Schäden übersteigen 12 Millionen Euro.                 | 12000000 | AT_LEAST | money damage",
            "it | superano i           | I danni superano i 5 milioni di euro dopo la frana.        | 5000000 | AT_LEAST | money damage",
            "pt | ultrapassam os       | Os prejuízos ultrapassam os 5 milhões de euros.            | 5000000 | AT_LEAST | money loss",
    })
    void readsValueQualifierAndKey(String language, String rule, String sentence, double value, Qualifier qualifier,
                                   String key) {
        List<QuantitySpan> found = extract(language, sentence);
        assertThat(found).as(rule).isNotEmpty();
        QuantitySpan q = found.get(0);
        assertThat(q.value()).as(rule).isEqualTo(value);
        assertThat(q.qualifier()).as(rule).isEqualTo(qualifier);
        assertThat(q.key()).as(rule).isEqualTo(key);
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(q.text());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "fr | year          | La guerre a commencé en 2011 sans prévenir.",
            "fr | date          | Les combats ont repris le 12 mars sur le front.",
            "fr | ordinal       | C'est le 3e convoi de la semaine.",
            "fr | time          | Le vote a eu lieu à 14 h dans la salle.",
            "fr | time          | Le vote a eu lieu à 14h30 dans la salle.",
            "de | percentage    | Die Gewerkschaft sprach von 90 Prozent.",
            "fr | name          | La chaîne TV 2 News a annoncé la nouvelle.",
            "es | several hundred | Varios cientos de personas huyeron de la zona.",
            "de | several hundred | Mehrere hundert Menschen kamen zur Kundgebung.",
            "fr | article        | Un homme a été arrêté dans la nuit.",
            "de | article        | Ein Mensch wurde vermisst.",
            "fr | rank          | Il revient dans les dix premiers du classement.",
            "fr | clock         | Le séisme a eu lieu à 02:41 heure locale (05:41 UTC).",
            "de | year          | Der Krieg begann 2011 ohne Vorwarnung.",
            "de | date          | Die Kämpfe begannen am 12. März an der Front.",
            "de | ordinal       | Es war der 3. Konvoi der Woche.",
            "de | time          | Die Abstimmung fand um 14 Uhr statt.",
            "es | year          | La guerra empezó en 2011 sin aviso.",
            "es | date          | Los combates se reanudaron el 12 de marzo en el frente.",
            "es | ordinal       | Es el 3º convoy de la semana.",
            "it | year          | La guerra è cominciata nel 2011 senza preavviso.",
            "it | date          | I combattimenti sono ripresi il 12 marzo al fronte.",
            "pt | year          | A guerra começou em 2011 sem aviso.",
            "pt | date          | Os combates recomeçaram em 12 de março na frente.",
            "pt | ordinal       | Foi o 3º comboio da semana.",
    })
    void yearsDatesTimesOrdinalsAndPercentagesAreNoCounts(String language, String rule, String sentence) {
        // an ordinal is a position, a figure of its own kind (EuropeanFigureKindsTest), never a count
        assertThat(extract(language, sentence)).as(rule)
                .allMatch(q -> rule.equals("ordinal") && q.kind() == QuantitySpan.Kind.ORDINAL);
    }

    /**
     * A percentage is read with what it measures, as English reads its own: the noun after "of" or the measure it is
     * stated as (QA 18: "adesão de 85%", "rund 90 Prozent", "63,4 %" gave nothing).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "de | Nach Angaben der Gewerkschaft fielen rund 90 Prozent der Fernzüge aus.  | rund 90 Prozent | 90 | ABOUT",
            "de | Die Bahn musste etwa 75 Prozent ihrer Fernzüge streichen.                | etwa 75 Prozent | 75 | ABOUT",
            "es | La participación fue del 63,4 %, según la Junta Electoral.               | 63,4 % | 63.4 | EXACT",
            "es | La participación fue del 61%, dos puntos menos que en 2022.              | 61% | 61 | EXACT",
            "pt | A greve teve uma adesão de 85%, segundo o sindicato.                      | 85% | 85 | EXACT",
            "pt | O ministério estima que apenas 32% dos professores aderiram à greve.      | 32% | 32 | EXACT",
            "fr | Le taux de participation était de 48 %, selon la préfecture.              | 48 % | 48 | EXACT",
            "it | L'affluenza è stata del 55 per cento secondo il Viminale.                 | 55 per cento | 55 | EXACT",
            // what the measure is of between it and its verb, after an article joined to its preposition
            "pt | A adesão à greve foi de 12%, e o metro esteve parado.                    | 12% | 12 | EXACT",
            "it | L'adesione allo sciopero è stata del 14%, e la metro è rimasta ferma.    | 14% | 14 | EXACT",
    })
    void readsAPercentageWithWhatItMeasures(String language, String sentence, String text, double value,
                                            Qualifier qualifier) {
        assertThat(extract(language, sentence)).filteredOn(q -> q.text().equals(text)).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(value);
            assertThat(q.qualifier()).isEqualTo(qualifier);
            assertThat(q.key()).startsWith("percent ");
        });
    }

    @Test
    void twoOutletsPercentagesOfOneMeasureShareAKey() {
        assertThat(extract("es", "La participación fue del 63,4 %.").get(0).key())
                .isEqualTo(extract("es", "La participación fue del 61%.").get(0).key());
        assertThat(extract("de", "Es fielen rund 90 Prozent der Fernzüge aus.").get(0).key())
                .isEqualTo(extract("de", "Die Bahn strich etwa 75 Prozent ihrer Fernzüge.").get(0).key());
    }

    @Test
    void twoOutletsPercentagesOfOneMeasureShareAKeyInPortugueseAndItalian() {
        assertThat(extract("pt", "A adesão à greve foi de 12%.").get(0).key())
                .isEqualTo(extract("pt", "A adesão à greve foi de 14%.").get(0).key());
        assertThat(extract("it", "L'adesione allo sciopero è stata del 12%.").get(0).key())
                .isEqualTo(extract("it", "L'adesione allo sciopero è stata del 14%.").get(0).key());
    }

    @Test
    void aYearWithASpacedThousandIsACountNotAYear() {
        assertThat(extract("fr", "Ils étaient 2 011 manifestants.")).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(2011));
    }

    @Test
    void frenchDotsDoNotGroupThousands() {
        // "26.000" is no French way to write twenty-six thousand: the number is not read as one
        assertThat(extract("fr", "Les avions ont effectué 26.000 sorties.")).noneMatch(q -> q.value() == 26000);
    }

    @Test
    void countsOfDeathsMeetAcrossLanguagesAndWithEnglish() {
        String english = QuantityRules.forLanguage("en").extract("The bomb killed 14 people.", 0, 0).get(0).key();
        for (String[] s : new String[][] {{"fr", "La bombe a tué 14 personnes."}, {"de", "Die Bombe tötete 14 Menschen, 14 Tote."},
                {"es", "La bomba mató a 14 personas, 14 muertos."}, {"it", "La bomba ha ucciso 14 persone."},
                {"pt", "A bomba matou 14 pessoas, 14 mortos."}}) {
            assertThat(extract(s[0], s[1])).as(s[0]).extracting(QuantitySpan::key).contains(english);
        }
    }

    @Test
    void germanCountedNounIsTheCapitalisedWordAfterItsAdjectives() {
        QuantitySpan q = extract("de", "Es gab 26 zivile Opfer bei Angriffen.").get(0);
        assertThat(q.unit()).isEqualTo("zivile Opfer");
        assertThat(QuantityRules.forLanguage("de").head(q.unit())).isEqualTo("Opfer");
    }

    @Test
    void evacueesArePeopleInEveryTable() {
        assertThat(extract("it", "Sono 1.500 gli sfollati dopo la frana.")).singleElement()
                .satisfies(q -> assertThat(q.key()).isEqualTo(extract("it", "Circa 1.200 persone sono state evacuate.").get(0).key()));
        assertThat(extract("es", "Hay 900 desplazados por el fuego.").get(0).key()).isEqualTo("people");
        assertThat(extract("fr", "On compte 300 évacués.").get(0).key()).isEqualTo("people");
    }

    @Test
    void englishAndLanguagesWithoutTablesUseTheEnglishRules() {
        assertThat(QuantityRules.forLanguage("en")).isSameAs(QuantityRules.forLanguage("xx"));
        assertThat(QuantityRules.supports("fr")).isTrue();
        assertThat(QuantityRules.supports("cs")).isFalse();
    }
}
