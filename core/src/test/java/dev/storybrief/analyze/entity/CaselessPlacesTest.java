package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Places in scripts without capitals, read by the administrative noun beside the name and by ICU's place names. */
class CaselessPlacesTest {

    private static List<String> places(String sentence) {
        return CaselessPlaces.find(sentence).stream().map(EntityMention::text).toList();
    }

    @Test
    void arabicPlacesFollowTheirNounWithItsPrefixesAndTheArticle() {
        assertThat(places("غمرت مياه الأمطار عدة أحياء في مدينة الواحة التابعة لمحافظة الرمال مساء الخميس."))
                .containsExactly("الواحة", "الرمال");
        assertThat(places("وأجلت السلطات السكان من قرية النخيل وبمدينة الزيتون.")).containsExactly("النخيل", "الزيتون");
        // a construct of two words is one name
        assertThat(places("وقعت الاشتباكات في مدينة دير الزور.")).containsExactly("دير الزور");
    }

    @Test
    void anArabicNounsAdjectiveOrTheSceneItNamesIsNoPlace() {
        assertThat(places("انهار مبنى في منطقة سكنية قرب قرية صغيرة.")).isEmpty();
        assertThat(places("وصلت فرق الإنقاذ إلى منطقة الحادث في جنوب البلاد.")).isEmpty();
    }

    @Test
    void countriesAndCitiesAreFoundAsIcuWritesThemInTheLanguage() {
        assertThat(places("أعلنت الحكومة في مصر والولايات المتحدة وبغداد عن مساعدات.")).containsExactly("مصر",
                "الولايات المتحدة", "بغداد");
        // the hamza news often leaves off
        assertThat(places("وصل الوفد الى ايران.")).containsExactly("ايران");
        assertThat(places("לא נפגע איש בירושלים.")).containsExactly("ירושלים");
        assertThat(places("भारत में बाढ़ आई।")).containsExactly("भारत");
    }

    @Test
    void persianHebrewHindiAndThaiPlacesAreReadTheirOwnWay() {
        assertThat(places("زلزله‌ای شهر نیک‌آباد در استان فارس را لرزاند و روستای ده‌نو آسیب دید."))
                .contains("نیک‌آباد", "فارس", "ده‌نو");
        assertThat(places("רעידת אדמה פגעה בעיר חדרה ובכפר עין הוד שבמחוז חיפה.")).containsExactly("חדרה", "עין",
                "חיפה");
        assertThat(places("सीतापुर ज़िले के रामपुर गाँव में बाढ़ से पांच लोगों की मौत हो गई।"))
                .containsExactly("सीतापुर", "रामपुर");
        assertThat(places("น้ำท่วมฉับพลันที่อำเภอแม่ริม จังหวัดเชียงใหม่เมื่อวันจันทร์")).containsExactly("แม่ริม",
                "เชียงใหม่");
    }

    @Test
    void aWordBeforeAHindiNounThatIsNoNameIsLeft() {
        assertThat(places("इस ज़िले के हर गाँव में पानी भर गया।")).isEmpty();
    }

    @Test
    void textInOtherScriptsIsNotRead() {
        assertThat(CaselessPlaces.covers("Floods hit the town of Zaytoun.")).isFalse();
        assertThat(places("Floods hit the town of Zaytoun in Egypt.")).isEmpty();
    }

    @Test
    void theRecognizerGivesThePlacesWhateverLanguageItIsTold() {
        // a lead is annotated before its language is known: the script decides
        List<List<EntityMention>> found = new EntityRecognizer().recognizeDocument(
                List.of("فيضانات في مدينة الواحة تقتل 12 شخصا"), Set.of(), Set.of(), "en");
        assertThat(found.get(0)).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("الواحة", EntityType.PLACE));
    }
}
