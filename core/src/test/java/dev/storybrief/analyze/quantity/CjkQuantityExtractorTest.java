package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import org.junit.jupiter.api.Test;

/** Counts glued to their counter words in Chinese and Japanese, keyed by the harm word of their clause. */
class CjkQuantityExtractorTest {

    private static final QuantityRules CHINESE = QuantityRules.forLanguage("zh");

    @Test
    void chineseTollsTakeTheHarmWordOfTheirOwnClause() {
        String s = "8日凌晨，河口镇发生洪水，截至9日中午已造成7人死亡，15人失踪，另有约40人受伤。";
        assertThat(CHINESE.extract(s, 100, 3))
                .extracting(QuantitySpan::value, QuantitySpan::key, QuantitySpan::qualifier, QuantitySpan::sentence)
                .containsExactly(tuple(7.0, "people killed", Qualifier.EXACT, 3),
                        tuple(15.0, "people missing", Qualifier.EXACT, 3),
                        tuple(40.0, "people injured", Qualifier.ABOUT, 3));
        assertThat(CHINESE.extract(s, 100, 3).get(0).start()).isEqualTo(100 + s.indexOf("7人"));
    }

    @Test
    void aTollNamedBeforeItsFigureAndCountsThatAreNoTollAreLeftOut() {
        assertThat(CHINESE.extract("河口镇洪水的遇难人数已升至11人，仍有4人下落不明。", 0, 0))
                .extracting(QuantitySpan::value, QuantitySpan::key)
                .containsExactly(tuple(11.0, "people killed"), tuple(4.0, "people missing"));
        // dates and times are no counts, and 300 rescuers have no key a reader would compare
        assertThat(CHINESE.extract("7月9日上午10点，已有300多名救援人员赶到河口镇。", 0, 0)).isEmpty();
    }

    @Test
    void homesMoneyAndEvacueesWithTheirMagnitudesAndQualifiers() {
        assertThat(CHINESE.extract("约50间房屋被冲毁，当地已转移群众2000余人，省里拨款3000万元。", 0, 0))
                .extracting(QuantitySpan::value, QuantitySpan::key, QuantitySpan::qualifier)
                .containsExactly(tuple(50.0, "homes", Qualifier.ABOUT),
                        tuple(2000.0, "people evacuated", Qualifier.AT_LEAST),
                        tuple(3.0e7, "money", Qualifier.EXACT));
    }

    @Test
    void japaneseCountsWithParticlesAndFullWidthDigits() {
        QuantityRules japanese = QuantityRules.forLanguage("ja");
        assertThat(japanese.extract("この地震で３人が死亡し、少なくとも２０人がけがをした。", 0, 0))
                .extracting(QuantitySpan::value, QuantitySpan::key, QuantitySpan::qualifier)
                .containsExactly(tuple(3.0, "people killed", Qualifier.EXACT),
                        tuple(20.0, "people injured", Qualifier.AT_LEAST));
        assertThat(japanese.extract("避難した住民は150人近くにのぼった。", 0, 0))
                .extracting(QuantitySpan::value, QuantitySpan::key, QuantitySpan::qualifier)
                .containsExactly(tuple(150.0, "people evacuated", Qualifier.NEARLY));
        // "exceeded 1000" is a floor, and the reader sees the verb that makes it one
        assertThat(japanese.extract("避難所に身を寄せる人は13日朝までに1000人を超えた。", 0, 0))
                .extracting(QuantitySpan::value, QuantitySpan::key, QuantitySpan::qualifier, QuantitySpan::text)
                .containsExactly(tuple(1000.0, "people evacuated", Qualifier.AT_LEAST, "1000人を超え"));
        assertThat(QuantityRules.supports("ja")).isTrue();
        assertThat(japanese.harm("５人がけがをした")).isEqualTo("people injured");
    }
}
