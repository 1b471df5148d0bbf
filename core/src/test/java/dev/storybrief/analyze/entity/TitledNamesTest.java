package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * People in Hindi, Arabic, Hebrew, Japanese, Chinese and Thai, found by the title or office beside the name, the verb
 * of saying next to it, and the name written again bare later in the story (QA24's left, ent25's left: none of these
 * scripts has capitals, and no person was found). Made-up names and sentences.
 */
class TitledNamesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> people(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).filter(m -> m.type() == dev.storybrief.model.EntityType.PERSON)
                .map(EntityMention::text).toList();
    }

    @Test
    void hindiTitlesAndOfficesBeforeTheNameAndTheNameAgain() {
        assertThat(people("hi", "जिलाधिकारी अनिल वर्मा ने कहा कि राहत शिविर खुले हैं।",
                "स्थानीय निवासी श्रीमती सुनीता देवी ने बताया कि सामान बह गया।",
                "मुख्यमंत्री राजेश कुमार मंगलवार को पहुंचेंगे।",
                "अनिल वर्मा ने बताया कि सेना बुलाई गई है।", "पुलिस ने कहा कि जांच जारी है।"))
                .containsExactly("अनिल वर्मा", "सुनीता देवी", "राजेश कुमार", "अनिल वर्मा");
    }

    @Test
    void arabicTitlesBeforeTheNameAndTheSpeakerAfterItsVerb() {
        assertThat(people("ar", "وقال المحافظ خالد منصور إن فرق الإنقاذ تعمل منذ الفجر.",
                "وقالت السيدة فاطمة حداد، وهي من سكان الحي القديم، إنها فقدت كل شيء.",
                "وأضاف سمير يوسف أن الجيش أرسل مروحيتين.", "وقال المتحدث باسم الشرطة إن التحقيق مستمر."))
                .containsExactly("خالد منصور", "فاطمة حداد", "سمير يوسف");
        // a family name may carry the article, a given name never does
        assertThat(people("ar", "وقال العقيد ماجد الخطيب، قائد الدفاع المدني، إن الحريق انطفأ."))
                .containsExactly("ماجد الخطيب");
    }

    @Test
    void anArabicNameGoesOnPastTheWordThatJoinsItsNextOne() {
        // "عبد" (servant of), "أبو" (father of), "بن" (son of) never end a name: the word after them is its part
        assertThat(people("ar", "وقال سامي عبد الرحيم إن الطريق مغلق.", "وقال المحافظ نادر أبو سالم إن المياه انحسرت."))
                .containsExactly("سامي عبد الرحيم", "نادر أبو سالم");
    }

    @Test
    void hebrewOfficesOfOneOrTwoWordsAndTheSpeakerBeforeItsVerb() {
        assertThat(people("he", "ראש העיר יוסי לוי אמר כי כולם יקבלו עזרה.", "דובר המשטרה, פקד אבי מזרחי, מסר כי שניים נעדרים.",
                "דנה שמיר אמרה שהמים עלו מהר.", "לדברי יוסי לוי, המים ירדו.", "משרד הבריאות אמר כי אין נפגעים."))
                .containsExactly("יוסי לוי", "אבי מזרחי", "דנה שמיר", "יוסי לוי");
    }

    @Test
    void japaneseCourtesyWordsAndOfficesAfterTheName() {
        assertThat(people("ja", "山田太郎市長は「避難所に食料を届けている」と述べた。",
                "店を営む佐藤花子さん（45）は「全てを失った」と話した。", "県の鈴木一郎知事は４日に視察する。",
                "川辺市長は会見を開いた。"))
                .containsExactly("山田太郎", "佐藤花子", "鈴木一郎");
    }

    @Test
    void chineseOfficesBeforeTheNameCourtesyAfterItAndASpeakerBeforeTheVerb() {
        assertThat(people("zh", "市长张伟表示：“我们正在运送食物。”", "开店的居民李红梅说：“我们失去了一切。”",
                "省长王建国4日将到灾区视察。", "李红梅说，水涨得很快。", "方面表示将调查原因。"))
                .containsExactly("张伟", "李红梅", "王建国", "李红梅");
    }

    /** Thai writes the title onto the first name, and the ranks of police and army abbreviated with dots. */
    @Test
    void thaiTitlesAndRanksWrittenOntoTheFirstName() {
        assertThat(people("th", "นายสมชาย ใจดี ผู้ว่าราชการจังหวัด กล่าวว่าจะส่งความช่วยเหลือ",
                "นางสาวมาลี ศรีสุข ชาวบ้าน บอกว่าสูญเสียทุกอย่าง", "พล.ต.ท.ประยุทธ์ วงศ์ทอง เปิดเผยว่ามีผู้สูญหายสองคน",
                "พ.ต.อ.วิชัย แก้วมณี กล่าวว่ากำลังค้นหา", "นายกรัฐมนตรีจะลงพื้นที่วันพรุ่งนี้"))
                .containsExactly("สมชาย ใจดี", "มาลี ศรีสุข", "ประยุทธ์ วงศ์ทอง", "วิชัย แก้วมณี");
    }

    @Test
    void theOfficeBesideTheNameIsItsRoleNotACourtesyWord() {
        String hindi = "जिलाधिकारी अनिल वर्मा ने कहा कि राहत शिविर खुले हैं।";
        String thai = "พล.ต.ท.ประยุทธ์ วงศ์ทอง เปิดเผยว่ามีผู้สูญหายสองคน";
        String chinese = "市长张伟表示：“我们正在运送食物。”";
        String courtesy = "店を営む佐藤花子さんは「全てを失った」と話した。";
        assertThat(TitledNames.role(hindi, person("hi", hindi))).isEqualTo("जिलाधिकारी");
        assertThat(TitledNames.role(thai, person("th", thai))).isEqualTo("พล.ต.ท.");
        assertThat(TitledNames.role(chinese, person("zh", chinese))).isEqualTo("市长");
        assertThat(TitledNames.role(courtesy, person("ja", courtesy))).isNull();
    }

    private EntityMention person(String language, String sentence) {
        return recognizer.recognizeDocument(List.of(sentence), Set.of(), Set.of(), language).get(0).get(0);
    }

    @Test
    void aChineseCityBeforeItsMayorsTitleAndAPrepositionBeforeReportersAreNoNames() {
        // 郑 opens surnames and city names alike; 对 ("to") stands between the speaker and the reporters spoken to
        assertThat(people("zh", "岚州市市长何平表示，正在统计损失。", "何平对记者说，将尽快恢复秩序。"))
                .containsExactly("何平", "何平");
        assertThat(people("zh", "郑州市市长吴亮表示，损失正在统计。")).containsExactly("吴亮");
    }
}
