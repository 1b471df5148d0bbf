package dev.storybrief.util;

import java.util.Arrays;

/** A growable list of ints without boxing, for posting lists and token ids. */
public final class IntList {
    private int[] values;
    private int size;

    /** An empty list with room for a few values. */
    public IntList() {
        this(4);
    }

    /** An empty list with room for {@code capacity} values before it grows. */
    public IntList(int capacity) {
        values = new int[Math.max(capacity, 2)];
    }

    /** A list holding the same values, which changes independently of this one. */
    public IntList copy() {
        IntList copy = new IntList(0);
        copy.values = Arrays.copyOf(values, Math.max(size, 2));
        copy.size = size;
        return copy;
    }

    /** Appends a value. */
    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Merges another ascending list into this ascending one, keeping it ascending. */
    public void addAllSorted(IntList other) {
        int[] merged = new int[Math.max(2, size + other.size)];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < size || j < other.size) {
            merged[k++] = j == other.size || (i < size && values[i] <= other.values[j]) ? values[i++] : other.values[j++];
        }
        values = merged;
        size = k;
    }

    /** Inserts a value into this ascending list, keeping it ascending. */
    public void insertSorted(int value) {
        add(value);
        int i = size - 1;
        while (i > 0 && values[i - 1] > value) {
            values[i] = values[i - 1];
            i--;
        }
        values[i] = value;
    }

    /** Removes the first occurrence of a value; false when the list does not hold it. */
    public boolean removeValue(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                System.arraycopy(values, i + 1, values, i, size - i - 1);
                size--;
                return true;
            }
        }
        return false;
    }

    /** Replaces the value at {@code index}, which must be below {@link #size()}. */
    public void set(int index, int value) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " >= " + size);
        }
        values[index] = value;
    }

    /** How many values the list holds. */
    public int size() {
        return size;
    }

    /** The value at {@code index}, which must be below {@link #size()}. */
    public int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " >= " + size);
        }
        return values[index];
    }

    /** Empties the list, keeping its room. */
    public void clear() {
        size = 0;
    }

    /** The values, in order, as a new array. */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
