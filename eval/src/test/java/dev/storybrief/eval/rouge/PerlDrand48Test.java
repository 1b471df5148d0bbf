package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected values printed by Perl 5.36 ({@code randfunc=Perl_drand48}): {@code srand(s); rand()}. */
class PerlDrand48Test {

    @Test
    void srandZeroReallySeedsWithZero() {
        PerlDrand48 random = new PerlDrand48(0);
        assertThat(random.nextDouble()).isEqualTo(0.17082803610628972);
        assertThat(random.nextDouble()).isEqualTo(0.74990198048496381);
        assertThat(random.nextDouble()).isEqualTo(0.09637165562356742);
    }

    @Test
    void otherSeedsMatchPerl() {
        PerlDrand48 random = new PerlDrand48(1);
        assertThat(random.nextDouble()).isEqualTo(0.041630344771878214);
        assertThat(random.nextDouble()).isEqualTo(0.45449244472862915);
        random.srand(42);
        assertThat(random.nextDouble()).isEqualTo(0.74452500006100664);
        assertThat(random.nextDouble()).isEqualTo(0.34270147871890799);
        assertThat(random.nextDouble()).isEqualTo(0.11108528244416149);
    }

    @Test
    void indexDrawsMatchPerlIntOfRand() {
        PerlDrand48 random = new PerlDrand48(7);
        int[] draws = new int[10];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = random.nextIndex(50);
        }
        assertThat(draws).containsExactly(13, 34, 13, 6, 24, 14, 7, 36, 0, 4);
    }
}
