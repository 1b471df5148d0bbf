package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestSeed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestSeed.class)
class MinHashTest {
    private static final long SEED = TestSeed.value();
    private static final int PAIRS = 25;

    @Test
    void estimatesJaccardSimilarityOfShingleSets() {
        Random random = new Random(SEED);
        for (double shared : new double[]{0.0, 0.3, 0.5, 0.7, 0.9}) {
            int common = (int) Math.round(shared * 400);
            double jaccard = common / (800.0 - common);
            double sum = 0;
            for (int pair = 0; pair < PAIRS; pair++) {
                long[] a = new long[400];
                long[] b = new long[400];
                for (int i = 0; i < 400; i++) {
                    a[i] = random.nextLong();
                    b[i] = i < common ? a[i] : random.nextLong();
                }
                sum += MinHash.similarity(MinHash.signature(a), MinHash.signature(b));
            }
            // one pair's estimate has a standard error up to 0.046 (120 positions), so one pair alone would miss a
            // tight bound by chance now and then; the mean of 25 has 0.009, and 0.05 is over five of those
            assertThat(sum / PAIRS).as("shared %.1f, true Jaccard %.3f", shared, jaccard).isCloseTo(jaccard,
                    org.assertj.core.data.Offset.offset(0.05));
        }
    }

    @Test
    void identicalTextsAgreeEverywhereAndWordingMatters() {
        Random random = new Random(SEED);
        String text = SyntheticNews.text(0, 300, random);
        assertThat(MinHash.similarity(MinHash.signature(text, 4), MinHash.signature(text, 4))).isEqualTo(1.0);
        assertThat(MinHash.similarity(MinHash.signature(text, 4),
                MinHash.signature(text.toUpperCase().replace(".", " ;"), 4)))
                .as("case and punctuation do not matter").isEqualTo(1.0);
        String other = SyntheticNews.text(0, 300, random);
        assertThat(MinHash.similarity(MinHash.signature(text, 4), MinHash.signature(other, 4)))
                .as("same topic, different wording").isLessThan(0.2);
    }

    @Test
    void similarSignaturesShareABandKeyAndDissimilarOnesRarely() {
        Random random = new Random(SEED);
        int nearShared = 0;
        int farShared = 0;
        for (int trial = 0; trial < 50; trial++) {
            String text = SyntheticNews.text(trial % 8, 300, random);
            int[] original = MinHash.signature(text, 4);
            int[] copy = MinHash.signature(SyntheticNews.edited(text, 40), 4);
            int[] unrelated = MinHash.signature(SyntheticNews.text(trial % 8, 300, random), 4);
            nearShared += sharesBand(original, copy) ? 1 : 0;
            farShared += sharesBand(original, unrelated) ? 1 : 0;
        }
        assertThat(nearShared).as("light edits (1 word in 40) keep a shared band").isEqualTo(50);
        assertThat(farShared).as("different wording of the same topic").isLessThanOrEqualTo(2);
    }

    @Test
    void shinglesAreDistinctSortedAndShortTextsAreOneShingle() {
        long[] shingles = WordShingles.of("a b c a b c a b c", 3);
        assertThat(shingles).hasSize(3);
        for (int i = 1; i < shingles.length; i++) {
            assertThat(shingles[i]).isGreaterThan(shingles[i - 1]);
        }
        assertThat(WordShingles.of("two words", 4)).hasSize(1);
        assertThat(WordShingles.of(" ... ", 4)).isEmpty();
    }

    private static boolean sharesBand(int[] a, int[] b) {
        Set<Long> keys = new HashSet<>();
        for (long k : MinHash.bandKeys(a)) {
            keys.add(k);
        }
        List<Long> shared = new ArrayList<>();
        for (long k : MinHash.bandKeys(b)) {
            if (keys.contains(k)) {
                shared.add(k);
            }
        }
        return !shared.isEmpty();
    }
}
