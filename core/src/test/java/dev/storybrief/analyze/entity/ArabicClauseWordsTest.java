package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Arabic news copy, often written without the hamza: the words of a clause after a verb of saying are no speaker's
 * name, an office's chain of constructs stands before its holder, a month is no Persian city, and an adjective read
 * as a town is not repeated through the story. Made-up names.
 */
class ArabicClauseWordsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> of(EntityType type, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), "ar").stream()
                .flatMap(List::stream).filter(m -> m.type() == type).map(EntityMention::text).toList();
    }

    @Test
    void clauseWordsAfterAVerbOfSayingAreNoOne() {
        assertThat(of(EntityType.PERSON, "وقال ايضا ان الحكومة وافقت على الخطة.", "وأكدت بأن عدد الضحايا ارتفع.",
                "قال أحد الجنود إن الأوضاع صعبة.", "قالت للبي بي سي إن ابنها أصيب.")).isEmpty();
    }

    @Test
    void anOfficesChainOfConstructsStandsBeforeTheHolder() {
        assertThat(of(EntityType.PERSON, "قال رئيس وزراء المملكة المتحدة كريم الساعدي إن الوضع خطير.",
                "وقالت وزيرة خارجية الولايات المتحدة سلمى الراشد إن المحادثات مستمرة."))
                .containsExactly("كريم الساعدي", "سلمى الراشد");
        // a town without the article ends the chain; the courtesy title after it opens the name
        assertThat(of(EntityType.PERSON, "صرح مفوض شرطة العاصمة كفرنا السيد رامي العتوم ان العملية انتهت."))
                .containsExactly("رامي العتوم");
    }

    @Test
    void anArabicMonthIsNoPersianCity() {
        assertThat(of(EntityType.PLACE, "وقع الهجوم في شهر يوليو الماضي.")).isEmpty();
        assertThat(recognizer.recognizeDocument(List.of("زلزله در شهر کرمان خسارت زد."), Set.of(), Set.of(), "fa")
                .get(0).stream().map(EntityMention::text)).contains("کرمان");
    }

    @Test
    void theCapitalsPoliceIsNoPlaceAndAnAdjectiveIsNotRepeated() {
        assertThat(of(EntityType.PLACE, "نشرت شرطة العاصمة صورتين للمشتبه بهم.",
                "وقالت إدارة مدينة السدرة إن الحكومة الساحلية وافقت.", "ونقلت السفن الساحلية الركاب."))
                .containsExactly("السدرة");
    }
}
