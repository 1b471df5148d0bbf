package dev.storybrief.group.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The best cut of a few articles in two, and how far apart the two parts are: the articles are joined by average
 * linkage on their pairwise cosines until two groups are left. An article cut off alone is left out and the rest cut
 * again (while more than four are left, at most {@link #MAX_LEFT_OUT} times): alone it is an article apart from the
 * others, not a second story, and left in it would hide a true cut. Both the folder judge of a briefing and the
 * stream's check of its stories read it.
 *
 * @param first  the positions of one group, ascending
 * @param second the positions of the other, ascending
 * @param within the mean cosine of two articles of one group (the mean of the two groups' means)
 * @param cross  the mean cosine of an article of one group with one of the other
 */
public record TwoWayCut(List<Integer> first, List<Integer> second, double within, double cross) {
    /** Articles cut off alone that are left out, at most: each costs a new cut, cubic in the articles. */
    static final int MAX_LEFT_OUT = 5;

    public TwoWayCut {
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

    /** The cut of the articles whose pairwise cosines these are; empty for fewer than four articles. */
    public static Optional<TwoWayCut> of(double[][] cosine) {
        if (cosine == null || cosine.length < 4) {
            return Optional.empty();
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < cosine.length; i++) {
            kept.add(i);
        }
        List<List<Integer>> groups = cut(cosine, kept);
        for (int dropped = 0; dropped < MAX_LEFT_OUT && kept.size() > 4
                && Math.min(groups.get(0).size(), groups.get(1).size()) == 1; dropped++) {
            kept.removeAll(groups.get(0).size() == 1 ? groups.get(0) : groups.get(1));
            groups = cut(cosine, kept);
        }
        return Optional.of(between(cosine, groups.get(0), groups.get(1)));
    }

    /**
     * The cut into these two groups, its means read from {@code cosine}: how another similarity (the names of the
     * articles, beside their words) sees a cut found on one.
     */
    public static TwoWayCut between(double[][] cosine, List<Integer> one, List<Integer> two) {
        double within = (meanWithin(cosine, one) + meanWithin(cosine, two)) / 2;
        return new TwoWayCut(one.stream().sorted().toList(), two.stream().sorted().toList(), within,
                mean(cosine, one, two));
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
    static double meanWithin(double[][] cosine, List<Integer> group) {
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
