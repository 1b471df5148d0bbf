package dev.storybrief.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntListTest {

    @Test
    void insertsIntoAnAscendingListInPlace() {
        IntList list = new IntList(2);
        for (int value : new int[] {3, 9, 12}) {
            list.add(value);
        }
        list.insertSorted(10);
        list.insertSorted(1);
        list.insertSorted(15);
        assertThat(list.toArray()).containsExactly(1, 3, 9, 10, 12, 15);
    }

    @Test
    void removesTheFirstOccurrenceOfAValue() {
        IntList list = new IntList();
        for (int value : new int[] {4, 7, 7, 11}) {
            list.add(value);
        }
        assertThat(list.removeValue(7)).isTrue();
        assertThat(list.removeValue(5)).isFalse();
        assertThat(list.removeValue(11)).isTrue();
        assertThat(list.toArray()).containsExactly(4, 7);
    }
}
