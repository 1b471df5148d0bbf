package dev.storybrief.group.stories;

import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the stories of a large stream that hold two events or more: twins of one kind in the same weeks (two budget
 * fights, two Middle East talks) join article by article, each join scoring well against a story that already mixes
 * both, and the more stories a stream holds, the more such twins it has. Once the stories are read, a story's distinct
 * articles are cut in two, and each part again (at most {@link #MAX_DEPTH} cuts deep), by two tests:
 * <ul>
 *   <li>the words: the average-linkage cut ({@link TwoWayCut}) on the cosines of their content words under the
 *   stream's IDF, when the two parts share little (a low mean cosine across, and low against the cosine within);</li>
 *   <li>who and where: two events of one kind share the words of their kind ("quake", "rehab", "summit") but not their
 *   people and places. The least normalised cut ({@link SpectralCut}) of the words' and the names' and places'
 *   cosines summed, which weighs the whole story where average linkage peels a tight edge off it, when across it the
 *   sum is low against within, and the parts' people mostly differ (their names' cosine across low against within:
 *   parts that name no one in common among themselves are no events).</li>
 * </ul>
 * Every part but the one holding the story's first article becomes a story of its own. One story's angles (the
 * investigation, the victims) still share its rare words and its people, and stay together.
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
    /**
     * At or above this ratio of the summed cosines (words, names, places) across the spectral cut over within, the
     * parts are one story. Chosen on the tuning parts of DUC 2004 + Multi-News and ECB+ (see docs/BENCHMARKS.md).
     */
    static final double MAX_FACET_RATIO = 0.5;
    /** At or above this ratio of the names' cosine across the spectral cut over within, the parts share people. */
    static final double MAX_NAMES_RATIO = 0.6;
    /**
     * Below this mean names cosine of two articles of one part, the part is no event of its own: its articles name no
     * one in common, so it is an angle of the story (the reactions, the background), not who and where of another.
     */
    static final double MIN_NAMES_WITHIN = 0.2;
    /** How many cuts deep a story is checked: a part of a cut may itself hold two events (at most 2^3 parts). */
    static final int MAX_DEPTH = 3;
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
     * The parts to split off, each the positions in {@code members} of one event, ascending; empty when the story is
     * one. The part holding the first article stays and is not among them.
     *
     * @param members  a story's distinct articles (their profiles), in arrival order
     * @param idf      the stream's IDF of each facet now
     */
    static List<List<Integer>> partsToSplitOff(List<ArticleProfile> members, Function<Facet, IncrementalIdf> idf) {
        if (!checks(members.size())) {
            return List.of();
        }
        Similarities all = new Similarities(cosines(members, idf.apply(Facet.TERMS), Facet.TERMS),
                cosines(members, idf.apply(Facet.NAMES), Facet.NAMES),
                cosines(members, idf.apply(Facet.PLACES), Facet.PLACES));
        List<Integer> everyone = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            everyone.add(i);
        }
        List<List<Integer>> events = new ArrayList<>();
        split(all, everyone, 0, events);
        return events.stream().filter(event -> !event.contains(0)).toList();
    }

    /** Cuts {@code group} (positions, ascending) while a test finds two events in it; the parts go to {@code events}. */
    private static void split(Similarities all, List<Integer> group, int depth, List<List<Integer>> events) {
        Optional<TwoWayCut> cut = depth < MAX_DEPTH && group.size() >= MIN_ARTICLES
                ? twoEvents(all.of(group)) : Optional.empty();
        if (cut.isEmpty()) {
            events.add(group);
            return;
        }
        split(all, cut.get().first().stream().map(group::get).toList(), depth + 1, events);
        split(all, cut.get().second().stream().map(group::get).toList(), depth + 1, events);
    }

    /** The cut of a group into two events, by its words or by who and where; empty when it tells one. */
    static Optional<TwoWayCut> twoEvents(Similarities group) {
        Optional<TwoWayCut> words = TwoWayCut.of(group.terms())
                .filter(cut -> cut.smaller() >= 2 && cut.cross() < MAX_CROSS && cut.ratio() < MAX_RATIO);
        if (words.isPresent()) {
            return words;
        }
        double[][] sum = group.summed();
        return SpectralCut.of(sum)
                .filter(cut -> cut.smaller() >= 2 && cut.ratio() < MAX_FACET_RATIO
                        && TwoWayCut.between(group.names(), cut.first(), cut.second()).ratio() < MAX_NAMES_RATIO
                        && TwoWayCut.meanWithin(group.names(), cut.first()) >= MIN_NAMES_WITHIN
                        && TwoWayCut.meanWithin(group.names(), cut.second()) >= MIN_NAMES_WITHIN);
    }

    /**
     * The cosines of a group's articles by their words, names and places.
     *
     * @param terms  content words
     * @param names  words of the people and organisations named
     * @param places words of the places named
     */
    record Similarities(double[][] terms, double[][] names, double[][] places) {
        /** The cosines of the articles at these positions only, in this order. */
        Similarities of(List<Integer> positions) {
            return new Similarities(part(terms, positions), part(names, positions), part(places, positions));
        }

        /** Words, names and places summed: each counts as much as the others. */
        double[][] summed() {
            double[][] sum = new double[terms.length][terms.length];
            for (int i = 0; i < terms.length; i++) {
                for (int j = 0; j < terms.length; j++) {
                    sum[i][j] = terms[i][j] + names[i][j] + places[i][j];
                }
            }
            return sum;
        }

        private static double[][] part(double[][] cosine, List<Integer> positions) {
            double[][] part = new double[positions.size()][positions.size()];
            for (int i = 0; i < positions.size(); i++) {
                for (int j = 0; j < positions.size(); j++) {
                    part[i][j] = cosine[positions.get(i)][positions.get(j)];
                }
            }
            return part;
        }
    }

    /** The cosine of every two articles' content words, each weighted by its term frequency and the IDF now. */
    static double[][] cosines(List<ArticleProfile> members, IncrementalIdf idf) {
        return cosines(members, idf, Facet.TERMS);
    }

    /** The cosine of every two articles' keys of one facet, each weighted by its frequency and the facet's IDF now. */
    static double[][] cosines(List<ArticleProfile> members, IncrementalIdf idf, Facet facet) {
        return TermVector.cosines(members.stream().map(member -> weighted(member.tf(facet), idf)).toList());
    }

    private static TermVector weighted(SparseVector tf, IncrementalIdf idf) {
        Map<String, Double> raw = new HashMap<>();
        for (int i = 0; i < tf.size(); i++) {
            raw.put(tf.terms()[i], tf.weights()[i] * idf.idf(tf.terms()[i]));
        }
        return TermVector.normalised(raw);
    }
}
