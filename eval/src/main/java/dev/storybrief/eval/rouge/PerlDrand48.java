package dev.storybrief.eval.rouge;

/**
 * Perl's {@code rand}/{@code srand} since Perl 5.20: a 48-bit linear congruential generator
 * (drand48). {@code srand(s)} sets X = (s mod 2^32) * 2^16 + 0x330E; each {@code rand(n)} does
 * X = (0x5DEECE66D * X + 0xB) mod 2^48 and returns n * X / 2^48.
 *
 * <p>Not thread-safe; create one per thread.
 */
public final class PerlDrand48 {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long INCREMENT = 0xBL;
    private static final long MASK_48 = (1L << 48) - 1;
    private static final long SEED_LOW_BITS = 0x330EL;
    private static final double TWO_POW_MINUS_48 = 0x1.0p-48;

    private long state;

    /** Creates a generator seeded as by {@code srand(seed)}. */
    public PerlDrand48(long seed) {
        srand(seed);
    }

    /** Re-seeds like Perl's {@code srand(seed)}; Perl keeps only the low 32 bits of the seed. */
    public void srand(long seed) {
        state = (((seed & 0xFFFF_FFFFL) << 16) | SEED_LOW_BITS) & MASK_48;
    }

    /** Returns the next value of {@code rand()}, in [0, 1). */
    public double nextDouble() {
        state = (MULTIPLIER * state + INCREMENT) & MASK_48;
        return state * TWO_POW_MINUS_48;
    }

    /** Returns {@code rand(limit)}; Perl treats a limit of 0 as 1. */
    public double nextDouble(double limit) {
        double range = limit == 0.0 ? 1.0 : limit;
        return range * nextDouble();
    }

    /** Returns {@code int(rand(bound))}, the index draw the bootstrap uses. */
    public int nextIndex(int bound) {
        return (int) nextDouble(bound);
    }
}
