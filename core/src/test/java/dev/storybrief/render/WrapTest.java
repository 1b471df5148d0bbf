package dev.storybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wrapping in terminal columns; the sentences are made up. */
class WrapTest {
    @Test
    void englishWrapsAtSpacesAsBefore() {
        String text = "The harbor council voted on Monday to close the old pier for repairs that will take two months.";
        assertThat(Wrap.wrap(text, 40, "  ")).isEqualTo("The harbor council voted on Monday to\n"
                + "  close the old pier for repairs that\n  will take two months.");
    }

    @Test
    void chineseTakesTwoColumnsACharacterAndBreaksBetweenCharactersNeverBeforeAFullStop() {
        String text = "受大雾影响，杭州湾跨海大桥4日清晨临时封闭，数百辆货车在两岸收费站排队等候。交警部门表示，能见度恢复后将分批放行。"
                + " [unknown outlet #1]";
        String wrapped = Wrap.wrap(text, 40, "");
        assertThat(wrapped.lines()).hasSizeGreaterThan(2).allSatisfy(line -> {
            assertThat(Wrap.columns(line)).isLessThanOrEqualTo(40);
            assertThat(line).doesNotStartWith("。").doesNotStartWith("，");
        });
        assertThat(wrapped.replaceAll("\\s", "")).as("nothing lost but the breaks")
                .isEqualTo(text.replaceAll("\\s", ""));
        assertThat(Wrap.columns("大桥")).isEqualTo(4);
        assertThat(Wrap.columns("bridge")).isEqualTo(6);
    }
}
