package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.entity.EntityRecognizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who said what in Hindi, Hebrew, Japanese, Chinese and Thai, once their people are found by the title beside the name
 * ({@link dev.storybrief.analyze.entity.TitledNames}): the verb of saying after the quote credits its speaker. Made-up
 * sentences.
 */
class CaselessScriptQuoteTest {

    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<String> speakers(String language, String... sentences) {
        List<String> texts = List.of(sentences);
        return extractor.extract(texts, recognizer.recognizeDocument(texts, Set.of(), Set.of(), language), language)
                .stream().map(Quote::speaker).toList();
    }

    @Test
    void theSpeakerBesideAVerbOfSayingAfterTheQuote() {
        assertThat(speakers("hi", "स्थानीय निवासी श्रीमती सुनीता देवी ने बताया कि सामान बह गया।",
                "\"हमने पूरी रात छत पर बिताई,\" सुनीता देवी ने कहा।")).containsExactly("सुनीता देवी");
        assertThat(speakers("he", "ראש העיר יוסי לוי אמר כי \"כל התושבים יקבלו עזרה\".",
                "\"איבדנו את כל מה שהיה לנו\", אמרה התושבת מיכל כהן."))
                .containsExactly("יוסי לוי", "מיכל כהן");
        assertThat(speakers("ja", "店を営む佐藤花子さん（45）は「一晩で全てを失った」と話した。")).containsExactly("佐藤花子");
        assertThat(speakers("zh", "开店的居民李红梅说：“一夜之间我们失去了一切。”")).containsExactly("李红梅");
        assertThat(speakers("th", "นางสาวมาลี ศรีสุข ชาวบ้านในชุมชนริมน้ำ บอกว่า \"เราสูญเสียทุกอย่างในคืนเดียว\""))
                .containsExactly("มาลี ศรีสุข");
    }
}
