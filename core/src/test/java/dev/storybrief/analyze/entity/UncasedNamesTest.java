package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Korean and Persian people, found by the office or the courtesy word beside the name, since neither script has
 * capitals (ent23's left: QA tour 22's fa-zelzele and ko-hwajae had no people). Made-up names and sentences.
 */
class UncasedNamesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> article(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).toList();
    }

    @Test
    void aKoreanNameBeforeItsCourtesyWordOrItsOffice() {
        assertThat(article("ko", "“물이 너무 빨리 불었다”고 주민 최민정 씨가 말했다.", "“시장을 다시 열겠다”고 박지훈 구청장이 말했다."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("최민정", EntityType.PERSON), tuple("박지훈", EntityType.PERSON));
        // a market ("시장") after a place's name is no office: nothing is a person
        assertThat(article("ko", "어제 밤 대성시장에서 큰 불이 났다.")).isEmpty();
    }

    /** The office before the name ("청송시장 김민수는") as after it ("박지훈 대통령은"); ent24 read only the second. */
    @Test
    void aKoreanOfficeBeforeTheNameOrAfterIt() {
        String before = "“시장을 다시 열겠다”고 청송시장 김민수는 말했다.";
        String after = "“피해를 끝까지 돕겠다”고 박지훈 대통령은 밝혔다.";
        assertThat(article("ko", before, after)).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("김민수", EntityType.PERSON), tuple("박지훈", EntityType.PERSON));
        EntityMention mayor = article("ko", before).get(0);
        assertThat(UncasedNames.role(before, mayor)).isEqualTo("청송시장");
        // a common word in a name's place is no person: the government's spokesman, a market's move
        assertThat(article("ko", "정부 대변인은 “조사를 하겠다”고 말했다.", "대성시장 이전은 내년이다.")).isEmpty();
    }

    @Test
    void aPersianNameAfterItsOfficeOrBeforeItAndTheComma() {
        assertThat(article("fa", "«جاده تا فردا بسته است»، حسن کریمی، شهردار شهر گفت.",
                "استاندار رضا محمدی گفت: «کمک‌ها در راه است.»"))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("حسن کریمی", EntityType.PERSON), tuple("رضا محمدی", EntityType.PERSON));
        // the office after the comma heads two words before the verb: they are what it heads, no person
        assertThat(article("fa", "«آب آشامیدنی کم است»، زهرا نوری، رئیس درمانگاه روستا گفت."))
                .extracting(EntityMention::text).containsExactly("زهرا نوری");
    }

    @Test
    void theRoleBesideTheName() {
        String ko = "“시장을 다시 열겠다”고 박지훈 구청장이 말했다.";
        assertThat(UncasedNames.role(ko, article("ko", ko).get(0))).isEqualTo("구청장");
        String resident = "“물이 너무 빨리 불었다”고 주민 최민정 씨가 말했다.";
        assertThat(UncasedNames.role(resident, article("ko", resident).get(0))).isEqualTo("주민");
        String fa = "«جاده تا فردا بسته است»، حسن کریمی، شهردار شهر گفت.";
        assertThat(UncasedNames.role(fa, article("fa", fa).get(0))).isEqualTo("شهردار شهر");
    }
}
