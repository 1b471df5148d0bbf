package dev.storybrief.group;

import dev.storybrief.group.stories.WordShingles;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Two versions of one outlet's article: a site updates a story in place (a new toll, a statement added) and a reader
 * who saved the page twice has both. They are one article when the same outlet printed them under the same
 * publication stamp (a date with its time: an outlet puts out two different stories at two different minutes) or
 * under the same headline stem (the update adds ", four dead"), and the shorter text is mostly found word for word in
 * the longer. The newer is the one with the later update stamp, or, with no stamp to tell, the one whose text extends
 * the other; the older is superseded: its figures are the ones the outlet itself corrected.
 */
final class Versions {
    /** Words per shingle: short enough for a text of a paragraph or two, long enough that a shared phrase is rare. */
    private static final int SHINGLE_WORDS = 4;
    /**
     * Least share of the shorter text's shingles found in the longer: an update changes a figure here and there (each
     * changed word costs four shingles) and adds paragraphs; two different stories of one outlet share a phrase or two.
     */
    static final double OVERLAP = 0.6;
    /** Fewest words a headline stem has: "Storm" or "Live updates" begin the headlines of many stories. */
    private static final int STEM_WORDS = 4;
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.h]\\d{2}\\b");

    private Versions() {
    }

    /**
     * For each article that a newer version among {@code articles} supersedes, the position of the newest version
     * (positions in input order; a version of a version leads to the newest).
     */
    static Map<Integer, Integer> superseded(List<AnalyzedArticle> articles) {
        int[] newer = new int[articles.size()];
        Arrays.fill(newer, -1);
        long[][] shingles = new long[articles.size()][];
        for (int i = 0; i < articles.size(); i++) {
            shingles[i] = WordShingles.of(String.join("\n", articles.get(i).article().paragraphs()), SHINGLE_WORDS);
        }
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i).article();
                Article b = articles.get(j).article();
                if (!oneArticle(a, b) || overlap(shingles[i], shingles[j]) < OVERLAP) {
                    continue;
                }
                int order = newerFirst(a, b, shingles[i].length, shingles[j].length);
                if (order < 0 && newer[i] < 0) {
                    newer[i] = j;
                } else if (order > 0 && newer[j] < 0) {
                    newer[j] = i;
                }
            }
        }
        Map<Integer, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            int newest = i;
            // a cycle is impossible (newer is a strict order), the bound only guards the walk
            for (int steps = 0; newer[newest] >= 0 && steps < articles.size(); steps++) {
                newest = newer[newest];
            }
            if (newest != i) {
                result.put(i, newest);
            }
        }
        return result;
    }

    /** The same known outlet, and the same stamp with a time or the same headline stem. */
    static boolean oneArticle(Article a, Article b) {
        if (a.outlet() == null || !a.outlet().equals(b.outlet())) {
            return false;
        }
        boolean sameStamp = a.dateOrigin() != null && a.dateOrigin().equals(b.dateOrigin())
                && TIME.matcher(a.dateOrigin()).find();
        return sameStamp || sameHeadlineStem(a.title(), b.title());
    }

    /** One headline is the other, or begins it, over at least {@link #STEM_WORDS} words. */
    static boolean sameHeadlineStem(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        return shorter.size() >= STEM_WORDS && longer.subList(0, shorter.size()).equals(shorter);
    }

    private static List<String> words(String headline) {
        return Arrays.stream(headline.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    /** The share of the smaller shingle set found in the larger (both sorted, distinct). */
    static double overlap(long[] a, long[] b) {
        long[] small = a.length <= b.length ? a : b;
        long[] large = a.length <= b.length ? b : a;
        if (small.length == 0) {
            return 0;
        }
        int found = 0;
        for (long shingle : small) {
            found += Arrays.binarySearch(large, shingle) >= 0 ? 1 : 0;
        }
        return found / (double) small.length;
    }

    /**
     * -1 when {@code b} is the newer, 1 when {@code a} is, 0 when nothing tells: the later update stamp first (a stamp
     * beats none), else the longer text, which extends the other.
     */
    private static int newerFirst(Article a, Article b, int shinglesA, int shinglesB) {
        // the day a reader printed a copy is no update: it tells no version apart
        LocalDate updatedA = a.dating().updated();
        LocalDate updatedB = b.dating().updated();
        if (updatedA != null || updatedB != null) {
            if (updatedA == null) {
                return -1;
            }
            if (updatedB == null || updatedA.isAfter(updatedB)) {
                return 1;
            }
            if (updatedB.isAfter(updatedA)) {
                return -1;
            }
        }
        return Integer.compare(shinglesA, shinglesB) > 0 ? 1 : shinglesA < shinglesB ? -1 : 0;
    }
}
