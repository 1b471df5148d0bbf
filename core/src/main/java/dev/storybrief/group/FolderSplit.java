package dev.storybrief.group;

import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The best cut of a story's articles in two, and how far apart the two parts are: the articles are joined by average
 * linkage on the cosines of their words under the story's own weights ({@code StoryCohesion.cosines}) until two
 * groups are left; {@link #ratio()} is the mean cosine across the groups over the mean within them. A folder of two
 * stories, each told by several articles, cuts into its stories, far apart; one story cuts along its angles (the
 * investigation, the victims), which still share its names and words.
 *
 * @param first  the ids of one group, in story order
 * @param second the ids of the other
 * @param within the mean cosine of two articles of one group (the mean of the two groups' means)
 * @param cross  the mean cosine of an article of one group with one of the other
 */
public record FolderSplit(List<String> first, List<String> second, double within, double cross) {
    /**
     * Below this {@link #ratio()}, with two articles or more on each side, the folder is said to hold two stories.
     * Chosen on the tuning part of DUC 2004 + Multi-News ({@code OffTopicEvaluation}): one true story called two 1 of
     * 75, two true stories given together caught 65 of 75 (0.35: 2 and 66; 0.40: 2 and 68; 0.50: 8 and 69).
     */
    public static final double MAX_RATIO = 0.30;
    /** Articles cut off alone that are left out, at most: each costs a new cut, cubic in the articles. */
    static final int MAX_LEFT_OUT = 5;

    public FolderSplit {
        first = List.copyOf(first);
        second = List.copyOf(second);
    }

    /** Cross over within: near 0 for two unrelated stories, near 1 for articles that all tell one. */
    public double ratio() {
        return within <= 0 ? 1 : cross / within;
    }

    /** The smaller group's size. */
    public int smaller() {
        return Math.min(first.size(), second.size());
    }

    /** True when the cut parts two stories: two articles or more on each side, and far apart. */
    public boolean twoStories() {
        return smaller() >= 2 && ratio() < MAX_RATIO;
    }

    /**
     * The two-way cut of a story of 4 to {@link StoryCohesion#MAX_ARTICLES} articles; empty otherwise. An article cut
     * off alone is left out and the rest cut again (while more than four are left, at most {@link #MAX_LEFT_OUT} times): alone it is apart from the story,
     * which {@link StoryCohesion} names, not a story of its own, and left in it would hide a true cut.
     */
    public static Optional<FolderSplit> of(Story story) {
        return of(story, StoryCohesion.cosines(story));
    }

    /** As {@link #of(Story)}, from the story's {@link StoryCohesion#cosines} already worked out. */
    public static Optional<FolderSplit> of(Story story, double[][] cosine) {
        List<String> ids = story.articles().stream().map(a -> a.id()).toList();
        if (ids.size() < 4 || cosine == null) {
            return Optional.empty();
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            kept.add(i);
        }
        List<List<Integer>> groups = cut(cosine, kept);
        for (int dropped = 0; dropped < MAX_LEFT_OUT && kept.size() > 4
                && Math.min(groups.get(0).size(), groups.get(1).size()) == 1; dropped++) {
            kept.removeAll(groups.get(0).size() == 1 ? groups.get(0) : groups.get(1));
            groups = cut(cosine, kept);
        }
        List<Integer> one = groups.get(0);
        List<Integer> two = groups.get(1);
        double within = (meanWithin(cosine, one) + meanWithin(cosine, two)) / 2;
        return Optional.of(new FolderSplit(one.stream().sorted().map(ids::get).toList(),
                two.stream().sorted().map(ids::get).toList(), within, mean(cosine, one, two)));
    }

    /** Average linkage of the articles {@code kept} until two groups are left. */
    private static List<List<Integer>> cut(double[][] cosine, List<Integer> kept) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i : kept) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (groups.size() > 2) {
            int bestA = 0;
            int bestB = 1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double link = mean(cosine, groups.get(a), groups.get(b));
                    if (link > best) {
                        best = link;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            groups.get(bestA).addAll(groups.remove(bestB));
        }
        return groups;
    }

    private static double mean(double[][] cosine, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += cosine[i][j];
            }
        }
        return sum / (a.size() * (double) b.size());
    }

    /** The mean cosine of two articles of a group; 0 for a group of one (it has no pair). */
    private static double meanWithin(double[][] cosine, List<Integer> group) {
        if (group.size() < 2) {
            return 0;
        }
        double sum = 0;
        for (int x = 0; x < group.size(); x++) {
            for (int y = x + 1; y < group.size(); y++) {
                sum += cosine[group.get(x)][group.get(y)];
            }
        }
        return sum / (group.size() * (group.size() - 1) / 2.0);
    }
}
