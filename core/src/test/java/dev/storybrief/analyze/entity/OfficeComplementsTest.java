package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In scripts without capitals, what an office is over stands between it and the holder's name (Arabic's and Hebrew's
 * construct), and Hindi names run to three words before a postposition. Made-up names.
 */
class OfficeComplementsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> people(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).filter(m -> m.type() == EntityType.PERSON).map(EntityMention::text).toList();
    }

    @Test
    void arabicOfficeOverABodyThenTheName() {
        assertThat(people("ar", "قال وزير الزراعة نادر الصافي إن المحصول تضرر.",
                "وقال المتحدث باسم الدفاع المدني رامي العتوم إن الفرق تعمل."))
                .containsExactlyInAnyOrder("نادر الصافي", "رامي العتوم");
    }

    @Test
    void hebrewSpokeswomanOfABodyAndHerNameAfterTheComma() {
        assertThat(people("he", "לדברי דוברת מגן דוד אדום, נועה ברק, שני אנשים נפצעו."))
                .containsExactly("נועה ברק");
        // a body of two words, no more than a name's, is no one's name either
        assertThat(people("he", "לדברי דובר שירותי הכבאות, איתי שגב, האש כובתה."))
                .containsExactly("איתי שגב");
    }

    @Test
    void hindiNameOfThreeWordsBeforeItsPostposition() {
        assertThat(people("hi", "जिलाधिकारी विजय प्रताप सिंह ने बताया कि स्कूल बंद रहेंगे।"))
                .containsExactly("विजय प्रताप सिंह");
    }
}
