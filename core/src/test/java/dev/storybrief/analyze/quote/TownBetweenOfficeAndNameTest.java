package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian, Ukrainian, Bulgarian and Czech write the town an office heads in the genitive between the office and the
 * holder's name ("мэр Казани Иван Петров", "starosta Berouna Petr Novák"), as Polish does: the town is the office's,
 * not the first word of the name. A name with a patronymic keeps its three words. Sentences and names are made up.
 */
class TownBetweenOfficeAndNameTest {

    private List<Quote> extract(String language, String sentence) {
        return QuotesOf.quotes(language, sentence);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | «Мост откроют в мае», — заявил мэр Северогорска Игорь Петров. | Игорь Петров | мэр Северогорска",
            "ru | «Денег хватит до осени», — сказал губернатор Приозерья Олег Васильев. | Олег Васильев | губернатор Приозерья",
            "uk | «Міст відкриють у травні», — заявив мер Зарічного Ігор Петренко. | Ігор Петренко | мер Зарічного",
            "cs | „Most otevřeme v květnu,“ řekl starosta Lipovce Petr Novák. | Petr Novák | starosta Lipovce"})
    void theTownIsTheOfficesNotTheNames(String language, String sentence, String speaker, String role) {
        assertThat(extract(language, sentence)).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo(speaker));
        assertThat(new SpeakerResolver(List.of(sentence)).resolve(speaker).role()).isEqualTo(role);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | «Мост откроют в мае», — заявил мэр Игорь Сергеевич Петров. | Игорь Сергеевич Петров",
            "uk | «Міст відкриють у травні», — заявив мер Ігор Петрович Петренко. | Ігор Петрович Петренко"})
    void aNameWithAPatronymicKeepsItsThreeWords(String language, String sentence, String speaker) {
        assertThat(extract(language, sentence)).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo(speaker));
    }
}
