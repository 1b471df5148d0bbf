package dev.storybrief.group.stories;

/** 64-bit hashing shared by shingles, MinHash and LSH: fixed functions, so signatures mean the same in every JVM. */
final class Hashing {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** SplitMix64's finaliser: a bijection that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the characters of {@code text[from, to)}. */
    static long chars(CharSequence text, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= text.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** A hash of an ordered pair, not symmetric. */
    static long combine(long a, long b) {
        return mix(a * 0x9e3779b97f4a7c15L + b);
    }
}
