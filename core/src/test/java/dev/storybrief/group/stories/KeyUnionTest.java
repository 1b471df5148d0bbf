package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyUnionTest {

    @Test
    void namesEverySetByItsSmallestKeyWhateverTheOrderOfLinks() {
        KeyUnion union = new KeyUnion();
        union.union("d", "c");
        union.union("e", "d");
        union.union("b", "x");
        union.union("x", "e");
        assertThat(union.find("e")).isEqualTo("b");
        assertThat(union.find("c")).isEqualTo("b");
        assertThat(union.find("lonely")).isEqualTo("lonely");
        assertThat(union.roots()).containsOnlyKeys("c", "d", "e", "x").allSatisfy((k, v) -> assertThat(v).isEqualTo("b"));
    }

    @Test
    void optionsRejectNonsense() {
        assertThatThrownBy(() -> StoryOptions.defaults().withCueSentences(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryOptions.defaults().withBlockDays(10)).hasMessageContaining("blockDays");
        assertThat(StoryOptions.defaults().withWindowDays(200).blockDays()).isGreaterThan(200);
    }
}
