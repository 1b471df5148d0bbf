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
    void aTableSetAsOneSentenceIsReadWithoutOverflowingTheStack() {
        // ten thousand numbers separated by spaces: one group per number recursed in a greedy pattern
        String table = "Wyniki: " + "7 ".repeat(10_000) + "koniec.";
        assertThat(QuantityRules.forLanguage("cs").extract(table, 0, 0)).isNotNull();
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
    void englishAndLanguagesWritingDecimalPointsKeepTheirDigits() {
        assertThat(values("en", "About 1,500 people and 2.5 tonnes.")).containsExactly(1500.0, 2.5);
        assertThat(values("he", "פונו 1,200 משפחות ו-2.5 טון.")).containsExactly(1200.0, 2.5);
    }

    @Test
    void aWordWithVowelSignsIsCountedWhole() {
        // Devanagari writes vowels as combining marks: the counted word is "परिवार", not its first letter "प"
        List<QuantitySpan> read = QuantityRules.forLanguage("hi").extract("करीब 1,200 परिवारों को राहत शिविरों में पहुंचाया गया।", 0, 0);
        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(1200.0);
            assertThat(q.unit()).startsWith("परिवारों");
        });
        // and a day before a Hindi month name is a date, though Hindi writes a decimal point
        assertThat(values("hi", "रामपुर, 2 दिसंबर 2026 को 300 घर डूब गए।")).containsExactly(300.0);
    }

    @Test
    void everyScriptsDigitsAreRead() {
        // Persian writes its own digits and separators ("۱٬۲۰۰", "۵٫۶"); Character.digit reads every script's
        assertThat(values("fa", "در این سیل ۲۵ نفر زخمی شدند و ۱٬۲۰۰ خانه آسیب دید.")).containsExactly(25.0, 1200.0);
        assertThat(values("bn", "বন্যায় ১২০ টি বাড়ি ভেসে গেছে।")).containsExactly(120.0);
    }

    @Test
    void aCounterWrittenOntoTheNumberIsWhatItCounts() {
        // Korean writes its counter onto the number ("80곳", "35명"): the number counts, and the counter names what
        List<QuantitySpan> read = QuantityRules.forLanguage("ko").extract("화재로 상가 80곳이 탔고 주민 35명이 대피했다.", 0, 0);
        assertThat(read).extracting(QuantitySpan::value).containsExactly(80.0, 35.0);
        assertThat(read.get(0).unit()).startsWith("곳");
        // the letters the locale's own date and time formats write onto numbers (CLDR: "d일", "h시") make a date or
        // a time, and a year is no count
        assertThat(values("ko", "3일 밤 창고 12곳이 불에 탔고 불은 약 4시간 만에 꺼졌다.")).containsExactly(12.0);
        assertThat(values("ko", "2025년에 문을 연 창고다.")).isEmpty();
    }

    @Test
    void aFunctionWordBetweenTheNumberAndItsNounLeadsToTheNoun() {
        // Romanian links a number from twenty up to its noun with "de"; "Aproximativ" opens with no month ("apr")
        List<QuantitySpan> read = QuantityRules.forLanguage("ro").extract("Aproximativ 700 de locuitori au plecat.", 0, 0);
        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(700.0);
            assertThat(q.unit()).isEqualTo("de locuitori");
            assertThat(q.text()).isEqualTo("700 de locuitori");
        });
    }

    @Test
    void aWordOpeningWithAMonthsLettersIsNoMonth() {
        assertThat(values("en", "She wrote 12 novels, and 4 mayors came to the launch on 3 March.")).containsExactly(12.0, 4.0);
    }
}
