package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Turkish writes "according to X" as a postposition after the name, whose case ending hangs on an apostrophe: "Ahmet
 * Yılmaz'a göre" (to X's), "Ayşe Demir'in açıklamasına göre" (according to X's statement). The speaker is the name
 * without its ending. The sentences and names are made up.
 */
class TurkishAccordingToTest {

    private List<Quote> extract(String sentence) {
        return QuotesOf.quotes("tr", sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Vali Ahmet Yılmaz'a göre \"köprü en az üç ay kapalı kalacak\". | Ahmet Yılmaz",
            "Mühendis Ayşe Demir'e göre, \"çatlaklar sellerden sonra ortaya çıktı\". | Ayşe Demir",
            "Belediye Başkanı Murat Çelik'in açıklamasına göre \"onarım için yeterli para var\". | Murat Çelik",
            "Ayşe Demir'in sözlerine göre \"her ayak tek tek incelendi\". | Ayşe Demir"})
    void aNameBeforeGöreSpeaks(String sentence, String speaker) {
        assertThat(extract(sentence)).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo(speaker));
    }

    /** "Plana göre" (according to the plan) credits no one: a common noun is no speaker. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Plana göre \"köprü mayısta açılacak\" ve yol genişletilecek."})
    void aCommonNounBeforeGöreIsNoSpeaker(String sentence) {
        assertThat(extract(sentence)).allSatisfy(q -> assertThat(q.speaker()).isNull());
    }
}
