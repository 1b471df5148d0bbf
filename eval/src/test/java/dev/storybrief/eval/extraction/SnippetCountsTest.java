package dev.storybrief.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counting rules of go-trafilatura's comparison script, on made-up pages. */
class SnippetCountsTest {

    private static SnippetPage page(List<String> with, List<String> without) {
        return new SnippetPage("k", "https://x.example/a", Path.of("k.html.gz"), with, without, null, null, null, List.of());
    }

    @Test
    void foundAndMissedSnippetsAreCountedOverAllSnippets() {
        SnippetPage a = page(List.of("alpha beta", "gamma", "missing"), List.of("Newsletter", "Cookie"));
        SnippetCounts c = SnippetCounts.of(a, "text with alpha beta and gamma.\n\nNewsletter abonnieren");
        assertThat(c).isEqualTo(new SnippetCounts(2, 1, 1, 1, 1));
        SnippetCounts empty = SnippetCounts.of(a, "");
        assertThat(empty).isEqualTo(new SnippetCounts(0, 3, 0, 2, 1));
        SnippetCounts sum = c.plus(empty);
        assertThat(sum.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(sum.recall()).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(sum.accuracy()).isCloseTo(5 / 10.0, within(1e-9));
        assertThat(sum.fScore()).isCloseTo(4 / (4.0 + 1 + 4), within(1e-9));
        assertThat(sum.pages()).isEqualTo(2);
    }

    @Test
    void matchingIsExactAndCaseSensitive() {
        SnippetPage a = page(List.of("Für inter* Personen"), List.of());
        assertThat(SnippetCounts.of(a, "für inter* personen").truePositives()).isZero();
        assertThat(SnippetCounts.of(a, "… Für inter* Personen …").truePositives()).isEqualTo(1);
    }

    @Test
    void theSplitIsStableAndHoldsBackAboutAQuarter() {
        int held = 0;
        for (int i = 0; i < 4000; i++) {
            String key = Integer.toHexString(i * 7919 + 13);
            assertThat(DevSplit.of(key)).isEqualTo(DevSplit.of(new String(key)));
            held += DevSplit.of(key) == DevSplit.HELD_BACK ? 1 : 0;
        }
        assertThat(held).isBetween(850, 1150);
    }

    @Test
    void metadataIsComparedExactlyAndNormalised() {
        assertThat(MetadataAgreement.norm("  „Zentrum am Berg“ – eröffnet. ")).isEqualTo("zentrum am berg - eroffnet");
        assertThat(MetadataAgreement.names("Ann Lee und Bo Kim")).containsExactly("ann lee", "bo kim");
        assertThat(MetadataAgreement.names("Bo Kim, Ann Lee")).isEqualTo(MetadataAgreement.names("Ann Lee and Bo Kim"));
    }
}
