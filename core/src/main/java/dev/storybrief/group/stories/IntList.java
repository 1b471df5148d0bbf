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

    /** Merges another ascending list into this ascending one, keeping it ascending. */
    void addAllSorted(IntList other) {
        int[] merged = new int[size + other.size];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < size || j < other.size) {
            merged[k++] = j == other.size || (i < size && values[i] <= other.values[j]) ? values[i++] : other.values[j++];
        }
        values = merged.length == 0 ? new int[2] : merged;
        size = k;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }
}
