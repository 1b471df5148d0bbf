package dev.storybrief.group.stories;

import java.util.Arrays;

/** A growable list of ints without boxing, for posting lists. */
final class IntList {
    private int[] values = new int[2];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }
}
