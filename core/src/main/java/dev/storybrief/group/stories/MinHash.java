package dev.storybrief.group.stories;

/**
 * MinHash signatures of shingle sets: position {@code i} holds the smallest value of hash function {@code i} over
 * the set, so two signatures agree at a position with probability equal to the sets' Jaccard similarity; one more
 * position after the {@link #LENGTH} hashes holds the size of the set, so that how much of the smaller set the larger
 * one contains can be estimated too. The functions are fixed (seeded from constants), so signatures from different
 * JVMs and Spark executors compare.
 */
public final class MinHash {
    /** Bands for locality-sensitive hashing. */
    static final int BANDS = 30;
    /**
     * Signature positions per band: a pair with Jaccard 0.5 (a reprint cut by a third and lightly edited) shares a band
     * with probability 0.86, 0.7 with 0.9999, 0.2 (two reports of one event) with 0.05.
     */
    static final int ROWS = 4;
    /** Signature length. */
    public static final int LENGTH = BANDS * ROWS;

    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** The signature of a text's word shingles; a text without words gets a signature that matches nothing. */
    public static int[] signature(String text, int shingleWords) {
        return signature(WordShingles.of(text, shingleWords));
    }

    static int[] signature(long[] shingles) {
        long[] min = new long[LENGTH];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < LENGTH; i++) {
                // shingles are already well-mixed hashes: one multiply and shift per function is enough
                long h = (shingle ^ SEEDS[i]) * 0x9e3779b97f4a7c15L;
                h ^= h >>> 29;
                if (Long.compareUnsigned(h, min[i]) < 0) {
                    min[i] = h;
                }
            }
        }
        int[] signature = new int[LENGTH + 1];
        for (int i = 0; i < LENGTH; i++) {
            signature[i] = shingles.length == 0 ? i : (int) (min[i] >>> 32);
        }
        signature[LENGTH] = shingles.length;
        return signature;
    }

    /** The estimated Jaccard similarity of the two sets: the share of positions where the signatures agree. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) LENGTH;
    }

    /** The number of distinct shingles of the signed set. */
    static int shingleCount(int[] signature) {
        return signature[LENGTH];
    }

    /**
     * The estimated share of the smaller set that the larger one contains, from the estimated Jaccard similarity and
     * the two set sizes: a reprint cut short is contained in its original though their Jaccard similarity is low.
     */
    static double containment(int[] a, int[] b) {
        double jaccard = similarity(a, b);
        int smaller = Math.min(shingleCount(a), shingleCount(b));
        if (smaller == 0) {
            return 0;
        }
        double shared = jaccard * (shingleCount(a) + shingleCount(b)) / (1 + jaccard);
        return Math.min(1, shared / smaller);
    }

    /** One key per band: two signatures that agree on all rows of a band share that band's key. */
    static long[] bandKeys(int[] signature) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = band + 1L;
            for (int row = 0; row < ROWS; row++) {
                h = Hashing.combine(h, signature[band * ROWS + row]);
            }
            keys[band] = h;
        }
        return keys;
    }

    private static long[] seeds() {
        long[] seeds = new long[LENGTH];
        long state = 0x5eed5eed5eedL;
        for (int i = 0; i < LENGTH; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = Hashing.mix(state);
        }
        return seeds;
    }
}
