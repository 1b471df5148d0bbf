package dev.storybrief.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark: one 100-word peer against 4 references of about 110 words each (cut to 100 by {@code -l}),
 * 5 and 6 sentence units, all generated from made-up news-like vocabulary with a fixed seed. Stopwords and
 * exceptions are a small made-up table so that the benchmark needs no shared data.
 *
 * <p>Run: {@code java -cp <classes+jmh> org.openjdk.jmh.Main RougeBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RougeBenchmark {
    private static final long SEED = 20_240_601L;

    private RougeScorer ducWordLimited;
    private RougeScorer ducStopwords;
    private RougeScorer plain;
    private List<String> peer;
    private List<List<String>> references;

    /** Builds the texts and scorers once. */
    @Setup
    public void setUp() {
        MadeUpNews news = new MadeUpNews(new Random(SEED));
        peer = news.summary(5, 100);
        references = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            references.add(news.summary(6, 110));
        }
        RougeResources resources = RougeResources.of(
                Set.of("the", "a", "of", "to", "and", "in", "on", "for", "said", "was", "by", "at"),
                Map.of("children", "child", "left", "leave", "found", "find", "better", "well", "data", "datum"));
        ducWordLimited = new RougeScorer(RougeOptions.duc2004Words(100), resources);
        ducStopwords = new RougeScorer(RougeOptions.duc2004Words(100).toBuilder().removeStopwords(true).build(),
                resources);
        plain = new RougeScorer(RougeOptions.defaults(), resources);
    }

    /** Set A options: {@code -n 2 -m -l 100 -2 4 -u -f A -p 0.5}. */
    @Benchmark
    public RougeResult ducStemmedWordLimited() {
        return ducWordLimited.score(peer, references);
    }

    /** Set B options: as A plus {@code -s}. */
    @Benchmark
    public RougeResult ducStemmedStopwordsWordLimited() {
        return ducStopwords.score(peer, references);
    }

    /** Set D options: no stemming, no limit. */
    @Benchmark
    public RougeResult plainNoStemNoLimit() {
        return plain.score(peer, references);
    }

    /** Generates news-like sentences from a made-up vocabulary, with some repeated phrases between texts. */
    static final class MadeUpNews {
        private static final String[] SUBJECTS = {
            "The city council", "Mayor Dana Whitfield's office", "Emergency crews", "Local residents",
            "U.S. officials", "The regional water board", "Several children", "Farmers near the river",
            "Rescue teams", "The state governor",
        };
        private static final String[] VERBS = {
            "announced", "reported", "warned", "approved", "rejected", "found", "left", "said", "expected",
            "confirmed", "delayed", "requested",
        };
        private static final String[] OBJECTS = {
            "a new flood-control budget", "better data on rising water levels", "the evacuation of low-lying homes",
            "emergency funding for damaged bridges", "plans to rebuild the northern levee",
            "a temporary shelter at the high school", "fresh agreements with neighboring counties",
            "stricter rules for construction near wetlands", "reports of contaminated drinking water",
            "an independent review of the response",
        };
        private static final String[] TAILS = {
            "on Tuesday", "after heavy rain", "despite strong opposition", "within the next two weeks",
            "according to a spokesperson", "as the river crested overnight", "for the third time this year",
            "before the storm season", "in a late-night session", "while inspectors surveyed the damage",
        };

        private final Random random;

        MadeUpNews(Random random) {
            this.random = random;
        }

        /** A summary of {@code units} sentences with at least {@code words} whitespace words in total. */
        List<String> summary(int units, int words) {
            List<String> sentences = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < units || total < words; i++) {
                String sentence = sentence();
                if (i >= units) {
                    sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + " " + sentence);
                } else {
                    sentences.add(sentence);
                }
                total += sentence.split(" ").length;
            }
            return sentences;
        }

        private String sentence() {
            return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(TAILS) + ".";
        }

        private String pick(String[] options) {
            return options[random.nextInt(options.length)];
        }
    }
}
