package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bodies and towns in scripts without capitals, told by the nouns and offices beside them: Arabic's and Hebrew's
 * construct after a body's noun, Hindi's body noun after what it is of, a governor's town, a district before its
 * magistrate, and a town the story introduced written bare later on. Made-up names.
 */
class CaselessBodiesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> of(EntityType type, String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).filter(m -> m.type() == type).map(EntityMention::text).toList();
    }

    @Test
    void arabicBodiesByTheirNounAndAfterInTheNameOf() {
        assertThat(of(EntityType.ORGANIZATION, "ar", "وأعلنت وزارة الزراعة أن المحصول تضرر.",
                "وأغلقت شركة المياه الأردنية المحطة الشمالية.",
                "وقال المتحدث باسم الهلال الأحمر سامي النجار إن الفرق وصلت.",
                "ووزارة النقل أعلنت إغلاق الجسر."))
                .containsExactly("وزارة الزراعة", "شركة المياه الأردنية", "الهلال الأحمر", "وزارة النقل");
    }

    @Test
    void aBodysNounBeforeNoComplementNamesNone() {
        // "شركة كبيرة": an adjective without the article; "الوزارة" alone is "the ministry" already named
        assertThat(of(EntityType.ORGANIZATION, "ar", "وقالت شركة كبيرة إن الأسعار سترتفع.")).isEmpty();
    }

    @Test
    void hebrewBodiesInTheConstruct() {
        assertThat(of(EntityType.ORGANIZATION, "he", "משרד החינוך הודיע כי הלימודים יתחדשו.",
                "חברת המים הודיעה על תקלה."))
                .containsExactly("משרד החינוך", "חברת המים");
    }

    @Test
    void hindiBodiesEndOnTheirNounAndReachBackToAPostposition() {
        assertThat(of(EntityType.ORGANIZATION, "hi", "कृषि मंत्रालय ने कहा कि फसल खराब हुई।",
                "बताया गया कि राज्य आपदा मोचन बल की टीमें पहुँचीं।"))
                .containsExactly("कृषि मंत्रालय", "राज्य आपदा मोचन बल");
    }

    @Test
    void theTownAGovernorOrAMagistrateHeadsIsAPlace() {
        assertThat(of(EntityType.PLACE, "ar", "قال محافظ السدرة خالد المومني إن المدارس أغلقت.")).containsExactly("السدرة");
        // the central bank's governor: an adjective follows the complement
        assertThat(of(EntityType.PLACE, "ar", "قال محافظ البنك المركزي رامز الحلو إن الفائدة ثابتة.")).isEmpty();
        assertThat(of(EntityType.PLACE, "hi", "गोपालगढ़ के जिलाधिकारी राकेश वर्मा ने बताया कि स्कूल बंद हैं।"))
                .containsExactly("गोपालगढ़");
    }

    @Test
    void aTownIntroducedByItsNounIsAPlaceWhereverTheStoryRepeatsIt() {
        assertThat(of(EntityType.PLACE, "ar", "غمرت المياه شوارع مدينة السدرة.",
                "ووصلت فرق الإنقاذ إلى السدرة مساء الاثنين.", "وقال سكان في بالسدرة إن الكهرباء انقطعت."))
                .containsExactly("السدرة", "السدرة", "السدرة");
    }

    @Test
    void aMiddleInitialInArabicScriptIsPartOfTheName() {
        assertThat(of(EntityType.PERSON, "ar", "وقال الرئيس جون إف. هارتلي إن الحرب ستنتهي."))
                .containsExactly("جون إف. هارتلي");
    }
}
