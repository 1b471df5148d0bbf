package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.entity.EntityRecognizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Turkish offices before a name are the speaker's role, not part of the name: bare ("Başbakan", "Cumhurbaşkanı")
 * or named after their body ("Dışişleri Bakanı", "Ankara Valisi"). The sentences are made up.
 */
class TurkishOfficeRoleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Başbakan Ahmet Yılmaz, \"Köprü pazartesi açılacak\" dedi. | Ahmet Yılmaz | Başbakan",
            "Cumhurbaşkanı Ali Eren, \"Yardım gönderildi\" dedi. | Ali Eren | Cumhurbaşkanı",
            "\"Yollar açık\" dedi Dışişleri Bakanı Mehmet Kaya. | Mehmet Kaya | Dışişleri Bakanı",
            "Ankara Valisi Ayşe Demir, \"Zarar büyük\" diye konuştu. | Ayşe Demir | Ankara Valisi",
            "Başbakan Yardımcısı Selim Acar, \"Görüşmeler sürüyor\" dedi. | Selim Acar | Başbakan Yardımcısı"})
    void anOfficeBeforeTheNameIsTheRole(String sentence, String speaker, String role) {
        List<String> sentences = List.of(sentence);
        List<Quote> quotes = new QuoteExtractor().extract(sentences,
                new EntityRecognizer().recognizeDocument(sentences, Set.of(), Set.of(), "tr"), "tr");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo(speaker));
        assertThat(new SpeakerResolver(sentences).resolve(speaker).role()).isEqualTo(role);
    }
}
