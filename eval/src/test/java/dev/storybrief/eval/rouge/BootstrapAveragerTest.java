package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expected values come from the Perl bootstrap of ROUGE-1.5.5 run with Perl 5.36 on the same numbers. */
class BootstrapAveragerTest {
    private static final double[] VALUES = {0.10000, 0.23456, 0.31250, 0.45000, 0.50001, 0.12345, 0.66667};

    private static List<double[]> triples() {
        List<double[]> rpf = new ArrayList<>();
        for (double v : VALUES) {
            rpf.add(new double[] {v, v, v});
        }
        return rpf;
    }

    @Test
    void defaultBootstrapMatchesPerl() {
        BootstrapFigure recall = new BootstrapAverager().averageFigures(triples()).recall();
        assertThat(recall).isEqualTo(new BootstrapFigure(0.34030, 0.19420, 0.49559));
    }

    @Test
    void otherResampleCountsInterpolateLikePerl() {
        assertThat(new BootstrapAverager(150, 95).averageFigures(triples()).precision())
                .isEqualTo(new BootstrapFigure(0.33815, 0.18273, 0.47709));
        assertThat(new BootstrapAverager(37, 80).averageFigures(triples()).f())
                .isEqualTo(new BootstrapFigure(0.33198, 0.25029, 0.39861));
    }

    @Test
    void averageIsNotThePlainMean() {
        double plainMean = 0;
        for (double v : VALUES) {
            plainMean += v / VALUES.length;
        }
        assertThat(PerlRounding.format5(plainMean)).isEqualTo("0.34103");
        assertThat(new BootstrapAverager().averageFigures(triples()).recall().avg()).isEqualTo(0.34030);
    }

    @Test
    void topicsAreOrderedByPerlStringOrderOfEvalIdDotPeerId() {
        // "t-1.P" sorts before "t.P" because '-' < '.', although "t" < "t-1".
        RougeResult low = result(0.1);
        RougeResult high = result(0.9);
        List<TopicScore> topics = List.of(new TopicScore("t", "P", low), new TopicScore("t-1", "P", high),
                new TopicScore("u", "P", low));
        SystemAverage average = new BootstrapAverager(50, 95).average(topics);
        MetricAverage inPerlOrder = new BootstrapAverager(50, 95)
                .averageFigures(List.of(new double[] {0.9, 0.9, 0.9}, new double[] {0.1, 0.1, 0.1},
                        new double[] {0.1, 0.1, 0.1}));
        assertThat(average.metric(RougeMetric.ROUGE_1)).isEqualTo(inPerlOrder);
    }

    @Test
    void inputOrderDoesNotMatter() {
        long seed = 77L;
        System.out.println("BootstrapAveragerTest seed " + seed);
        Random random = new Random(seed);
        List<TopicScore> topics = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            topics.add(new TopicScore("d" + (30000 + i), "Sys", result(PerlRounding.round5(random.nextDouble()))));
        }
        List<TopicScore> shuffled = new ArrayList<>(topics);
        Collections.shuffle(shuffled, random);
        BootstrapAverager averager = new BootstrapAverager();
        assertThat(averager.average(shuffled)).isEqualTo(averager.average(topics));
    }

    @Test
    void averagesEachPeerSeparately() {
        List<TopicScore> topics = List.of(new TopicScore("d1", "B", result(0.5)), new TopicScore("d1", "A", result(0.25)),
                new TopicScore("d2", "A", result(0.25)));
        Map<String, SystemAverage> byPeer = new BootstrapAverager().averageByPeer(topics);
        assertThat(byPeer.keySet()).containsExactly("A", "B");
        assertThat(byPeer.get("A").metric(RougeMetric.ROUGE_L).recall()).isEqualTo(new BootstrapFigure(0.25, 0.25, 0.25));
        assertThat(byPeer.get("B").topicCount()).isEqualTo(1);
        assertThat(new BootstrapAverager().average("A", Map.of("d1", result(0.25), "d2", result(0.25))))
                .isEqualTo(byPeer.get("A"));
        assertThat(byPeer.get("B").printedLines().get(0)).isEqualTo("B ROUGE-1 Average_R: 0.50000 (95%-conf.int. 0.50000 - 0.50000)");
    }

    @Test
    void rejectsMixedPeersDuplicatesAndBadSettings() {
        BootstrapAverager averager = new BootstrapAverager();
        assertThatThrownBy(() -> averager.average(List.of(new TopicScore("d1", "A", result(0.1)),
                new TopicScore("d1", "B", result(0.1))))).isInstanceOf(RougeException.class);
        assertThatThrownBy(() -> averager.average(List.of(new TopicScore("d1", "A", result(0.1)),
                new TopicScore("d1", "A", result(0.2))))).hasMessage("topic d1.A appears twice");
        assertThatThrownBy(() -> new BootstrapAverager(0, 95)).isInstanceOf(RougeOptionsException.class);
        assertThatThrownBy(() -> new BootstrapAverager(1000, 101)).isInstanceOf(RougeOptionsException.class);
    }

    private static RougeResult result(double value) {
        RougeFigure figure = new RougeFigure(value, value, value, 0, 0, 0);
        return new RougeResult(figure, figure, figure, figure);
    }
}
