package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A percentage after a verb of change is the share the noun before the verb changed by, keyed by that noun and the
 * way it went ("percent share down"), in English and the languages with tables; a change that names no thing before
 * its verb stays unread. Made-up sentences.
 */
class ChangeByShareTest {

    private static List<QuantitySpan> read(String language, String sentence) {
        return QuantityRules.forLanguage(language).extract(sentence, 0, 0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Shares in Harlow Foods fell 6.2% on Wednesday after the warning.         | 6.2%        | 6.2 | percent share down",
            "en | Harlow Foods shares have dropped by 4.1% since Monday.                   | 4.1%        | 4.1 | percent share down",
            "en | Shares of Harlow Foods fell 6% on Wednesday.                              | 6%          | 6   | percent share down",
            "en | Quarterly revenue rose 12 per cent to £40m.                               | 12 per cent | 12  | percent revenu up",
            "de | Die Aktie der Harlow AG fiel am Mittwoch um 6,2 Prozent.                  | 6,2 Prozent | 6.2 | percent akti down",
            "de | Der Umsatz stieg um 3 Prozent.                                            | 3 Prozent   | 3   | percent umsatz up",
            // the verb second, before its subject, after a time or a source (QA24, fig25 left)
            "de | Am Mittwoch fiel die Aktie um 6 Prozent.                                  | 6 Prozent   | 6   | percent akti down",
            "de | Laut Händlern fiel die Aktie der Harlow AG am Mittwoch um 6,2 Prozent.    | 6,2 Prozent | 6.2 | percent akti down",
            "de | Im Handel stieg der Umsatz um 3 Prozent.                                  | 3 Prozent   | 3   | percent umsatz up",
            "fr | L'action du distributeur Harlow a chuté de 6,2 % mercredi.               | 6,2 %       | 6.2 | percent action down",
            "es | Las acciones de Harlow cayeron un 6,2% el miércoles.                      | 6,2%        | 6.2 | percent accion down",
            "it | Il titolo di Harlow è sceso del 6,2% mercoledì.                           | 6,2%        | 6.2 | percent titol down",
            "pt | As ações da Harlow caíram 6,2% na quarta-feira.                           | 6,2%        | 6.2 | percent acao down",
            "sv | Aktien i Harlow föll 6,2 procent på onsdagen.                             | 6,2 procent | 6.2 | percent akti down",
            // what earlier sessions left unread as a change naming nothing: the noun before the verb is what changed
            "fr | Le chômage a reculé de 9,5 % dans la région.                              | 9,5 %       | 9.5 | percent chomag down",
            "es | El paro bajó un 12 % en la región.                                        | 12 %        | 12  | percent paro down",
            "en | Passenger numbers have risen 20% since 2024.                              | 20%         | 20  | percent number up",
    })
    void aChangeByAShareIsKeyedByWhatChangedAndItsWay(String language, String sentence, String text, double value,
                                                      String key) {
        List<QuantitySpan> read = read(language, sentence).stream().filter(q -> q.text().equals(text)).toList();
        assertThat(read).as(sentence).hasSize(1);
        assertThat(read.get(0).value()).isEqualTo(value);
        // the stem is the language chain's; its start is the noun's
        assertThat(read.get(0).key()).startsWith(key.substring(0, key.lastIndexOf(' ') - 1))
                .endsWith(key.substring(key.lastIndexOf(' ')));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | It fell 6% on Wednesday.",
            "en | Prices were sharply down 6% on the year.",
            "de | Am Mittwoch fiel sie um 6 Prozent.",
    })
    void aChangeNamingNoThingIsNotRead(String language, String sentence) {
        assertThat(read(language, sentence)).noneMatch(q -> q.key().startsWith("percent"));
    }
}
