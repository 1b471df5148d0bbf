package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small hand-computed cases, one per quirk of the reference scorer, on made-up text. */
class RougeScorerTest {
    private static final RougeResources NO_DATA = RougeResources.of(Set.of(), Map.of());

    private static RougeScorer scorer(RougeOptions options) {
        return new RougeScorer(options, NO_DATA);
    }

    @Test
    void identicalSummariesScoreOne() {
        RougeResult result = scorer(RougeOptions.defaults()).score("The cat sat on the mat.", List.of("the cat sat on the mat"));
        for (RougeMetric metric : RougeMetric.values()) {
            assertThat(result.figure(metric).formatted()).as(metric.label()).isEqualTo("R:1.00000 P:1.00000 F:1.00000");
        }
    }

    @Test
    void skipBigramsWithUnigramsNeverCountTheLastToken() {
        RougeScorer scorer = scorer(RougeOptions.defaults());
        RougeFigure su4 = scorer.score("a b c", List.of("a b c")).rougeSU4();
        // i=0: a, (a,b), (a,c); i=1: b, (b,c). The unigram of c is never counted.
        assertThat(su4.modelCount()).isEqualTo(5);
        assertThat(scorer.score("alone", List.of("alone")).rougeSU4().modelCount()).isZero();
    }

    @Test
    void skipDistanceBoundsTheGap() {
        RougeOptions options = RougeOptions.builder().skipDistance(1).skipUnigrams(false).build();
        RougeFigure s1 = scorer(options).score("a b c d", List.of("a b c d")).rougeSU4();
        // (a,b) (a,c) (b,c) (b,d) (c,d)
        assertThat(s1.modelCount()).isEqualTo(5);
    }

    @Test
    void bigramsCrossUnitBoundaries() {
        RougeResult result = scorer(RougeOptions.defaults()).score(List.of("w x", "y z"), List.of(List.of("x y")));
        assertThat(result.rouge2().hitCount()).isEqualTo(1);
        assertThat(result.rouge2().peerCount()).isEqualTo(3);
    }

    @Test
    void referencesArePooledNotAveraged() {
        RougeResult result = scorer(RougeOptions.defaults()).score("a b", List.of("a b c d", "a"));
        RougeFigure r1 = result.rouge1();
        assertThat(r1.hitCount()).isEqualTo(3);
        assertThat(r1.modelCount()).isEqualTo(5);
        assertThat(r1.peerCount()).isEqualTo(4);
        assertThat(r1.formatted()).isEqualTo("R:0.60000 P:0.75000 F:0.66667");
    }

    @Test
    void lcsTieBreakPrefersGoingUpWhichDecidesWhatGetsClipped() {
        // Reference units "a b" and "a", peer unit "b a". The Perl path marks "a" in the first unit, using up the
        // peer's only "a"; the second unit's "a" then finds no peer count left. Preferring left would give 2 hits.
        RougeFigure l = scorer(RougeOptions.defaults()).score(List.of("b a"), List.of(List.of("a b", "a"))).rougeL();
        assertThat(l.hitCount()).isEqualTo(1);
        assertThat(l.modelCount()).isEqualTo(3);
        assertThat(l.peerCount()).isEqualTo(2);
        assertThat(l.formatted()).isEqualTo("R:0.33333 P:0.50000 F:0.40000");
    }

    @Test
    void lcsIsTheUnionOverPeerUnits() {
        RougeFigure l = scorer(RougeOptions.defaults())
                .score(List.of("a c", "b d"), List.of(List.of("a b c d"))).rougeL();
        // "a c" marks a, c; "b d" marks b, d: the union covers the whole reference unit.
        assertThat(l.hitCount()).isEqualTo(4);
    }

    @Test
    void byteLimitBugLeavesLcsUnitsWholeButClipsThroughTheLimitedUnigrams() {
        RougeScorer scorer = scorer(RougeOptions.builder().byteLimit(10).build());
        List<String> units = List.of("aaaa bbbb", "cccc dddd");
        RougeResult result = scorer.score(units, List.of(units));
        // readText: 9 bytes kept, then "cccc dddd" cut to 1 byte: tokens aaaa bbbb c.
        assertThat(result.rouge1().modelCount()).isEqualTo(3);
        // readText_LCS never counts bytes: both 9-byte units stay whole, 4 LCS tokens; cccc and dddd are not
        // in the limited unigram tables, so they cannot count.
        RougeFigure l = result.rougeL();
        assertThat(l.modelCount()).isEqualTo(4);
        assertThat(l.peerCount()).isEqualTo(3);
        assertThat(l.hitCount()).isEqualTo(2);
        assertThat(l.formatted()).isEqualTo("R:0.50000 P:0.66667 F:0.57143");
    }

    @Test
    void byteLimitDoesNotCountJoiningSpaces() {
        RougeScorer scorer = scorer(RougeOptions.builder().byteLimit(8).build());
        RougeResult result = scorer.score(List.of("abc", "defgh ij"), List.of(List.of("abc", "defgh")));
        // 3 bytes, then 3 + 8 >= 8 cuts the peer's second unit to 5 bytes, "defgh"; the reference's 3 + 5 bytes
        // also reach 8, and its cut keeps "defgh" whole. Counting the joining space would leave "defg".
        assertThat(result.rouge1().peerCount()).isEqualTo(2);
        assertThat(result.rouge1().modelCount()).isEqualTo(2);
        assertThat(result.rouge1().hitCount()).isEqualTo(2);
    }

    @Test
    void byteLimitMayCutInsideAWordAndTheFragmentIsAToken() {
        RougeScorer scorer = scorer(RougeOptions.builder().byteLimit(7).build());
        RougeResult result = scorer.score(List.of("abc", "defgh ij"), List.of(List.of("defg xyz abc")));
        // Peer: "abc" + "defg" (4 of 8 bytes). Reference: its one 12-byte unit is cut to "defg xy".
        assertThat(result.rouge1().hitCount()).isEqualTo(1);
        assertThat(result.rouge1().modelCount()).isEqualTo(2);
    }

    @Test
    void wordLimitAppliesToReferencesToo() {
        RougeScorer scorer = scorer(RougeOptions.builder().wordLimit(3).build());
        RougeFigure r1 = scorer.score("one two three four", List.of("one two three four five")).rouge1();
        assertThat(r1.modelCount()).isEqualTo(3);
        assertThat(r1.peerCount()).isEqualTo(3);
    }

    @Test
    void stopwordsAreMatchedBeforeStemming() {
        RougeResources data = RougeResources.of(Set.of("run"), Map.of());
        RougeScorer scorer = new RougeScorer(RougeOptions.builder().stem(true).removeStopwords(true).build(), data);
        RougeFigure r1 = scorer.score("running", List.of("run running")).rouge1();
        // "run" is dropped; "running" stems to "run" afterwards and is kept.
        assertThat(r1.modelCount()).isEqualTo(1);
        assertThat(r1.hitCount()).isEqualTo(1);
    }

    @Test
    void exceptionsApplyOnlyToTokensLongerThanThreeCharacters() {
        RougeResources data = RougeResources.of(Set.of(), Map.of("was", "be", "better", "well"));
        RougeScorer scorer = new RougeScorer(RougeOptions.builder().stem(true).build(), data);
        RougeFigure r1 = scorer.score("was better", List.of("be well")).rouge1();
        assertThat(r1.hitCount()).isEqualTo(1);
    }

    @Test
    void fScoreIsComputedFromRoundedRecallAndPrecision() {
        RougeFigure figure = RougeFigure.of(1, 3, 7, 0.5);
        // R=0.33333, P=0.14286 -> 2PR/(P+R) = 0.200000... from the rounded values.
        assertThat(figure.formatted()).isEqualTo("R:0.33333 P:0.14286 F:0.20000");
        assertThat(RougeFigure.of(0, 0, 0, 0.5).formatted()).isEqualTo("R:0.00000 P:0.00000 F:0.00000");
    }

    @Test
    void emptyPeerScoresZeroAndMissingReferencesAreRejected() {
        RougeScorer scorer = scorer(RougeOptions.defaults());
        RougeResult empty = scorer.score(List.of(" ", "<b>"), List.of(List.of("some words")));
        assertThat(empty.rouge1().formatted()).isEqualTo("R:0.00000 P:0.00000 F:0.00000");
        assertThatThrownBy(() -> scorer.score("text", List.of()))
                .isInstanceOf(RougeException.class).hasMessage("at least one reference summary is needed");
    }

    @Test
    void oneScorerServesManyThreads() {
        RougeScorer scorer = scorer(RougeOptions.duc2004Words(12));
        String peer = "Rescue teams reported flooding.\nThe council approved new funding after heavy rain.";
        List<String> references = List.of("Heavy rain flooded the valley.\nRescue teams evacuated homes.",
                "The council approved funding for repairs after the flooding.");
        RougeResult expected = scorer.score(peer, references);
        List<RougeResult> parallel = IntStream.range(0, 400).parallel()
                .mapToObj(i -> scorer.score(peer, references)).toList();
        assertThat(parallel).allMatch(expected::equals);
    }
}
