package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading ROUGE-1.5.5 flag strings and building options. */
class RougeOptionsTest {

    @Test
    void readsTheDucWordLimitedFlags() {
        RougeFlags flags = RougeFlags.parse("-n 2 -m -l 100 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a");
        assertThat(flags.options()).isEqualTo(new RougeOptions(true, false, 100, 0, 0.5, 4, true));
        assertThat(flags.options()).isEqualTo(RougeOptions.duc2004Words(100));
        assertThat(flags.maxNgram()).isEqualTo(2);
        assertThat(flags.resamples()).isEqualTo(1000);
        assertThat(flags.confidence()).isEqualTo(95.0);
        assertThat(flags.computeLcs()).isTrue();
        assertThat(flags.computeSkipBigrams()).isTrue();
    }

    @Test
    void readsStopwordByteAndPlainSets() {
        assertThat(RougeOptions.parse("-n 2 -m -s -l 100 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a"))
                .isEqualTo(new RougeOptions(true, true, 100, 0, 0.5, 4, true));
        assertThat(RougeOptions.parse("-n 2 -m -b 665 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a"))
                .isEqualTo(RougeOptions.duc2004Bytes(665));
        assertThat(RougeOptions.parse("-n 2 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a"))
                .isEqualTo(RougeOptions.defaults());
    }

    @Test
    void acceptsBundledSwitchesAndAttachedValues() {
        RougeFlags flags = RougeFlags.parse("-mau -n2 -l100 -e /opt/rouge/data -x -d");
        assertThat(flags.options().stem()).isTrue();
        assertThat(flags.options().skipUnigrams()).isTrue();
        assertThat(flags.options().wordLimit()).isEqualTo(100);
        assertThat(flags.maxNgram()).isEqualTo(2);
        assertThat(flags.computeLcs()).isFalse();
        assertThat(flags.computeSkipBigrams()).isFalse();
    }

    @Test
    void rejectsWhatItCannotReproduce() {
        assertThatThrownBy(() -> RougeOptions.parse("-f B")).isInstanceOf(RougeOptionsException.class)
                .hasMessageContaining("-f B");
        assertThatThrownBy(() -> RougeOptions.parse("-t 1")).isInstanceOf(RougeOptionsException.class);
        assertThatThrownBy(() -> RougeOptions.parse("-w 1.2")).isInstanceOf(RougeOptionsException.class);
        assertThatThrownBy(() -> RougeOptions.parse("-l 100 -b 665")).isInstanceOf(RougeOptionsException.class);
        assertThatThrownBy(() -> RougeOptions.parse("-q")).hasMessage("unknown flag -q");
        assertThatThrownBy(() -> RougeOptions.parse("-n")).hasMessage("flag -n needs a value");
        assertThatThrownBy(() -> RougeOptions.parse("-l ten")).hasMessageContaining("integer");
        assertThatThrownBy(() -> RougeOptions.parse("-a rouge.xml")).hasMessageContaining("rouge.xml");
        assertThatThrownBy(() -> RougeOptions.parse("-p 1.5")).isInstanceOf(RougeOptionsException.class);
    }

    @Test
    void builderSwitchesBetweenWordAndByteLimits() {
        RougeOptions options = RougeOptions.builder().wordLimit(100).byteLimit(665).build();
        assertThat(options.wordLimit()).isZero();
        assertThat(options.byteLimit()).isEqualTo(665);
        assertThat(options.toBuilder().skipDistance(-1).skipUnigrams(false).build().skipBigramLabel())
                .isEqualTo("ROUGE-S*");
        assertThat(RougeOptions.defaults().skipBigramLabel()).isEqualTo("ROUGE-SU4");
        assertThatThrownBy(() -> new RougeOptions(false, false, 100, 665, 0.5, 4, true))
                .isInstanceOf(RougeOptionsException.class);
    }

    @Test
    void perlFlagsRoundTrip() {
        RougeOptions options = RougeOptions.duc2004Words(100).toBuilder().removeStopwords(true).build();
        assertThat(RougeOptions.parse(options.toPerlFlags())).isEqualTo(options);
    }
}
