package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Czech and Russian weekdays read as Polish ones are (made-up sentences, articles of Thursday 3 December 2026): both
 * languages make every past verb with an l-participle, so a clause of some words without one is told in the present,
 * which news uses for the coming day; a modal with an infinitive ("má přijet", "должен приехать") is due; a past
 * verb, an l-participle after a consonant ("řekl", "rozhodl") and the Russian pasts without "-л" ("погиб") among
 * them, keeps the last such day, as does a clause whose only verb is a participle ("uzavřená", "закрыта").
 */
class CzechRussianTenseTest {
    /** Thursday 3 December 2026. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static String value(String language, String sentence, String text) {
        return EuropeanDateTagger.forLanguage(language).tag(sentence, THURSDAY).stream()
                .filter(m -> m.text().equals(text)).map(TemporalMention::value).findFirst().orElse("(not tagged)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a modal with an infinitive, and the perfective present, tell the coming day
            "cs | Hejtman má přijet do Lhoty v sobotu. | sobotu | 2026-12-05",
            "cs | Podle mluvčího hejtman má přijet do Lhoty v sobotu. | sobotu | 2026-12-05",
            "cs | Armáda přiveze pytle s pískem do obce v sobotu. | sobotu | 2026-12-05",
            "ru | Губернатор должен приехать в город в субботу. | субботу | 2026-12-05",
            "ru | Губернатор в субботу проведёт совещание по итогам пожара. | субботу | 2026-12-05",
            // a past verb keeps the last one, with or without "-l" after a vowel
            "cs | Starosta obec navštívil v sobotu. | sobotu | 2026-11-28",
            "cs | Starosta v sobotu řekl novinářům, že obec potřebuje pomoc. | sobotu | 2026-11-28",
            "cs | Krajský úřad o stavu nouze rozhodl v sobotu ráno. | sobotu ráno | 2026-11-28TMO",
            "ru | Мужчина погиб в субботу на пожаре в центре города. | субботу | 2026-11-28",
            "ru | Губернатор посетил город в субботу. | субботу | 2026-11-28",
            // a participle describes a state of no time: nothing tells the day ahead
            "cs | Silnice do obce uzavřená v sobotu kvůli vodě. | sobotu | 2026-11-28",
            "ru | Дорога в город закрыта в субботу из-за пожара. | субботу | 2026-11-28",
    })
    void readsTheWeekdayAsTheClauseTellsIt(String language, String sentence, String text, String expected) {
        assertThat(value(language, sentence, text)).isEqualTo(expected);
    }
}
