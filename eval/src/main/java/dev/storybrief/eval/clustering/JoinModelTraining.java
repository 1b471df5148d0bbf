package dev.storybrief.eval.clustering;

import dev.storybrief.util.SharedFolder;
import dev.storybrief.group.stories.JoinModel;
import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.RawDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Learns the {@link JoinModel} of story grouping from guided runs over the tuning part only ({@link DevSplit#TUNING})
 * of DUC 2004 + Multi-News and of ECB+: each article is compared with its candidate stories as in a real run, every
 * comparison is an example (positive when the candidate is the article's true story), and then the article joins its
 * true story, so the stories grow as they should. The two collections weigh alike. Prints the fitted model; the
 * default in {@code StoryOptions} is this model with its intercept shifted as said there.
 *
 * <pre>{@code java -cp ... dev.storybrief.eval.clustering.JoinModelTraining}</pre>
 */
public final class JoinModelTraining {
    /** Shuffle seeds of the guided runs (not those the figures are measured on). */
    static final long[] SEEDS = {101, 102, 103};
    /** L2 penalty on the weights. */
    static final double L2 = 1e-3;

    private JoinModelTraining() {
    }

    /** The model learnt from the tuning parts under {@code shared}. */
    public static JoinModel train(Path shared) {
        EcbPlus ecb = EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(DevSplit.TUNING);
        List<LogisticRegression.Example> stream = new ArrayList<>();
        List<LogisticRegression.Example> events = new ArrayList<>();
        for (long seed : SEEDS) {
            guidedRun(StoryClusteringEvaluation.evaluationStream(shared, DevSplit.TUNING, seed), stream);
            guidedRun(ecb.stream(seed), events);
        }
        List<LogisticRegression.Example> all = new ArrayList<>();
        reweigh(stream, all);
        reweigh(events, all);
        double[] beta = LogisticRegression.fit(all, L2);
        return new JoinModel(beta[0], Arrays.copyOfRange(beta, 1, beta.length));
    }

    /** Adds the examples of one guided run over the stream. */
    static void guidedRun(ArticleStream stream, List<LogisticRegression.Example> out) {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        for (RawDocument doc : stream.articles()) {
            clusterer.addLabelled(doc, stream.truth().get(doc.id()),
                    (features, same) -> out.add(new LogisticRegression.Example(features.toArray(), same, 1)));
        }
    }

    /** Copies the examples with weights that sum to the same total for every collection. */
    private static void reweigh(List<LogisticRegression.Example> examples, List<LogisticRegression.Example> out) {
        double weight = 1000.0 / examples.size();
        examples.forEach(e -> out.add(new LogisticRegression.Example(e.features(), e.positive(), weight)));
    }

    /** Prints the learnt model. */
    public static void main(String[] args) {
        JoinModel model = train(SharedFolder.require("eval-data").getParent());
        System.out.println(model);
        // the same model as StoryClusteringEvaluation's --model takes it
        StringBuilder spec = new StringBuilder(Double.toString(model.bias()));
        for (double w : model.weights()) {
            spec.append(',').append(w);
        }
        System.out.println("--model " + spec);
    }
}
