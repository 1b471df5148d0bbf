package dev.storybrief.eval.rouge;

import java.util.Arrays;

/**
 * The peer's grams counted once in an open-addressing hash table, so each reference's clipped hits
 * {@code sum over grams of min(reference count, peer count)} take one pass over the reference grams:
 * a reference gram is a hit while fewer than the peer's count of it have been matched.
 * Not thread-safe; one instance per scoring call and gram kind.
 */
final class GramMultiset {
    private static final long EMPTY = -1L;

    private final long[] keys;
    private final int[] counts;
    private final int[] matched;
    private final int shift;
    private final int size;

    /** Counts {@code grams} (non-negative keys). */
    GramMultiset(long[] grams) {
        int capacity = Integer.highestOneBit(Math.max(4, grams.length * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        counts = new int[capacity];
        matched = new int[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = grams.length;
        for (long gram : grams) {
            counts[slotFor(gram)]++;
        }
    }

    /** Number of grams counted, repeats included. */
    int size() {
        return size;
    }

    /** Clipped hits of one reference's grams against these. */
    int clippedHits(long[] referenceGrams) {
        Arrays.fill(matched, 0);
        int hits = 0;
        for (long gram : referenceGrams) {
            int slot = find(gram);
            if (slot >= 0 && matched[slot] < counts[slot]) {
                matched[slot]++;
                hits++;
            }
        }
        return hits;
    }

    private int slotFor(long key) {
        int mask = keys.length - 1;
        int slot = hash(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        return slot;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key); keys[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    private int hash(long key) {
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
    }
}
