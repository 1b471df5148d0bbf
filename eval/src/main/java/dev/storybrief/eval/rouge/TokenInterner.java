package dev.storybrief.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Gives each distinct byte sequence a dense int id (0, 1, 2, ...) without building a String per
 * occurrence: an open-addressing hash table over a shared byte pool. One instance per scoring call.
 */
final class TokenInterner {
    private byte[] pool = new byte[2048];
    private int poolSize;
    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private int[] hashes = new int[256];
    private int size;
    private int[] slots = new int[1024]; // id + 1; 0 marks an empty slot

    /** Returns the id of {@code bytes[from, to)}, adding it when new. */
    int intern(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int mask = slots.length - 1;
        int slot = hash & mask;
        for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
            int id = entry - 1;
            if (hashes[id] == hash && sameBytes(id, bytes, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        int id = append(bytes, from, to, hash);
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    /** Number of distinct sequences seen. */
    int size() {
        return size;
    }

    /** The sequence with this id as a String (the bytes are UTF-8; ASCII for ROUGE-1.5.5's own tokens). */
    String text(int id) {
        return new String(pool, starts[id], lengths[id], StandardCharsets.UTF_8);
    }

    private int append(byte[] bytes, int from, int to, int hash) {
        int length = to - from;
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(bytes, from, pool, poolSize, length);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        starts[size] = poolSize;
        lengths[size] = length;
        hashes[size] = hash;
        poolSize += length;
        return size++;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        slots = bigger;
    }

    private boolean sameBytes(int id, byte[] bytes, int from, int to) {
        return lengths[id] == to - from
                && Arrays.equals(pool, starts[id], starts[id] + lengths[id], bytes, from, to);
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
