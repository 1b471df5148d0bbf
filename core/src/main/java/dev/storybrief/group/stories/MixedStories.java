package dev.storybrief.group.stories;

import dev.storybrief.model.vector.TermVector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the stories of a large stream that hold two events: twins of one kind in the same weeks (two budget fights,
 * two Middle East talks) join article by article, each join scoring well against a story that already mixes both,
 * and the more stories a stream holds, the more such twins it has. Once the stories are read, a story's distinct
 * articles are cut in two ({@link TwoWayCut}) on the cosines of their content words under the stream's IDF; when the
 * two parts, of two articles or more each, share little (a low mean cosine across, and low against the cosine within),
 * the part without the story's first article becomes a story of its own. One story's angles (the investigation, the
 * victims) still share its rare words and stay together.
 *
 * <p>Only a stream of {@link StoryOptions#largeStream()} articles or more is checked: the cosines need an IDF that has seen many
 * stories, for in a reader's folder of two or three stories every story's own words are common, its articles look far
 * apart, and a cut would split true stories (measured with {@code SmallStreamEvaluation}).
 */
final class MixedStories {
    /**
     * At or above this mean cosine across the cut, the parts are one story. Chosen on the tuning part of DUC 2004 +
     * Multi-News (0.06, 0.08, 0.10, 0.12 tried; see docs/BENCHMARKS.md).
     */
    static final double MAX_CROSS = 0.10;
    /** At or above this cross-over-within ratio, the parts are one story (0.4 and 0.5 tried). */
    static final double MAX_RATIO = 0.5;
    /** Stories of fewer distinct articles are not checked: a cut needs two on each side. */
    static final int MIN_ARTICLES = 4;
    /**
     * Stories of more distinct articles are not checked: the cut costs the cube of a story's articles, and a story
     * that large has been joined by so many articles that it is a running story, not a chance twin.
     */
    static final int MAX_ARTICLES = 100;

    private MixedStories() {
    }

    /** Whether a story of this many distinct articles is checked at all. */
    static boolean checks(int articles) {
        return articles >= MIN_ARTICLES && articles <= MAX_ARTICLES;
    }

    /**
     * The positions in {@code members} of the part to split off, ascending; empty when the story is one.
     *
     * @param members  a story's distinct articles (their profiles), in arrival order
     * @param idf      the stream's IDF of content words now
     */
    static List<Integer> partToSplitOff(List<ArticleProfile> members, IncrementalIdf idf) {
        if (!checks(members.size())) {
            return List.of();
        }
        return TwoWayCut.of(cosines(members, idf))
                .filter(cut -> cut.smaller() >= 2 && cut.cross() < MAX_CROSS && cut.ratio() < MAX_RATIO)
                .map(cut -> cut.first().contains(0) ? cut.second() : cut.first())
                .orElse(List.of());
    }

    /** The cosine of every two articles' content words, each weighted by its term frequency and the IDF now. */
    static double[][] cosines(List<ArticleProfile> members, IncrementalIdf idf) {
        return TermVector.cosines(members.stream().map(member -> weighted(member.tf(Facet.TERMS), idf)).toList());
    }

    private static TermVector weighted(SparseVector tf, IncrementalIdf idf) {
        Map<String, Double> raw = new HashMap<>();
        for (int i = 0; i < tf.size(); i++) {
            raw.put(tf.terms()[i], tf.weights()[i] * idf.idf(tf.terms()[i]));
        }
        return TermVector.normalised(raw);
    }
}
