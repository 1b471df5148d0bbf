package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocaleDigitsTest {

    private static List<Double> values(String language, String sentence) {
        return QuantityRules.forLanguage(language).extract(sentence, 0, 0).stream().map(QuantitySpan::value).toList();
    }

    @Test
    void spaceGroupedThousandsAreOneNumber() {
        assertThat(values("cs", "Na silnici stálo asi 8 000 vozidel.")).containsExactly(8000.0);
        assertThat(values("ru", "Огонь охватил 5\u00A0000 квадратных метров.")).containsExactly(5000.0);
    }

    @Test
    void decimalCommaAndDotThousandsFollowTheLanguage() {
        assertThat(values("tr", "Deprem 5,8 büyüklüğünde oldu.")).containsExactly(5.8);
        assertThat(values("tr", "Yaklaşık 1.500 kişi tahliye edildi.")).containsExactly(1500.0);
        assertThat(values("id", "Sebanyak 2.500 warga mengungsi.")).containsExactly(2500.0);
    }

    @Test
    void theFigureKeepsItsOwnWriting() {
        List<QuantitySpan> read = QuantityRules.forLanguage("tr").extract("Yaklaşık 1.500 kişi tahliye edildi.", 10, 3);
        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("1.500");
            assertThat(q.start()).isEqualTo(10 + "Yaklaşık ".length());
        });
    }

    @Test
    void aDayBeforeAMonthNameIsADateNotACount() {
        assertThat(values("ru", "Пожар начался 24 ноября, эвакуированы 120 человек.")).containsExactly(120.0);
        assertThat(values("cs", "Povodeň přišla 4 prosince a zasáhla 300 domů.")).containsExactly(300.0);
    }

    @Test
    void englishAndLanguagesWritingDecimalPointsAreUnchanged() {
        assertThat(values("en", "About 1,500 people and 2.5 tonnes.")).containsExactly(1500.0, 2.5);
        assertThat(QuantityRules.forLanguage("he")).isSameAs(QuantityRules.forLanguage("en"));
    }
}
