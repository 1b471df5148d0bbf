package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestSeed;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** C printf rounding: the exact binary value, ties to even. */
@ExtendWith(TestSeed.class)
class PerlRoundingTest {

    @Test
    void exactTieRoundsToEvenUnlikeStringFormat() {
        assertThat(PerlRounding.format5(21.0 / 64)).isEqualTo("0.32812");
        assertThat(String.format("%.5f", 21.0 / 64)).isEqualTo("0.32813"); // why String.format is not used
        assertThat(PerlRounding.round5(21.0 / 64)).isEqualTo(0.32812);
        assertThat(PerlRounding.format5(3.0 / 64)).isEqualTo("0.04688");
    }

    @Test
    void nearTieUsesTheExactBinaryValue() {
        assertThat(PerlRounding.format5(43.0 / 320)).isEqualTo("0.13437"); // 0.134374999... in binary
        assertThat(PerlRounding.round5(43.0 / 320)).isEqualTo(0.13437);
    }

    @Test
    void fastPathAgreesWithExactDecimalOnRandomRatios() {
        long seed = TestSeed.value();
        Random random = new Random(seed);
        for (int i = 0; i < 200_000; i++) {
            int denominator = 1 + random.nextInt(5000);
            double x = (double) random.nextInt(denominator + 1) / denominator;
            assertThat(PerlRounding.round5(x)).as("x=%s", x).isEqualTo(Double.parseDouble(PerlRounding.format5(x)));
        }
    }

    @Test
    void zeroPrintsWithFiveDecimals() {
        assertThat(PerlRounding.format5(0)).isEqualTo("0.00000");
        assertThat(PerlRounding.format5(1)).isEqualTo("1.00000");
    }
}
