package dev.storybrief.eval.extraction;

import java.util.List;

/**
 * The counts of trafilatura's evaluation (go-trafilatura's {@code evaluateEntry}) and the figures made from them:
 * a {@code with} snippet found in the text is a true positive, missed a false negative; a {@code without} snippet
 * found is a false positive, absent a true negative. Exact substring match on the text as extracted; an empty text
 * counts every {@code with} as missed and every {@code without} as absent. Figures are over all snippets.
 *
 * @param truePositives  {@code with} snippets found
 * @param falseNegatives {@code with} snippets missed
 * @param falsePositives {@code without} snippets found
 * @param trueNegatives  {@code without} snippets absent
 * @param pages          pages counted
 */
public record SnippetCounts(int truePositives, int falseNegatives, int falsePositives, int trueNegatives, int pages) {

    /** Nothing counted yet. */
    public static final SnippetCounts NONE = new SnippetCounts(0, 0, 0, 0, 0);

    /** The counts of one page's extracted {@code text}. */
    public static SnippetCounts of(SnippetPage page, String text) {
        if (text == null || text.isEmpty()) {
            return new SnippetCounts(0, page.with().size(), 0, page.without().size(), 1);
        }
        int tp = count(page.with(), text);
        int fp = count(page.without(), text);
        return new SnippetCounts(tp, page.with().size() - tp, fp, page.without().size() - fp, 1);
    }

    private static int count(List<String> snippets, String text) {
        int found = 0;
        for (String s : snippets) {
            if (text.contains(s)) {
                found++;
            }
        }
        return found;
    }

    /** These counts and {@code other}'s added. */
    public SnippetCounts plus(SnippetCounts other) {
        return new SnippetCounts(truePositives + other.truePositives, falseNegatives + other.falseNegatives,
                falsePositives + other.falsePositives, trueNegatives + other.trueNegatives, pages + other.pages);
    }

    /** tp / (tp + fp). */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** tp / (tp + fn). */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** (tp + tn) / all. */
    public double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    /** 2tp / (2tp + fp + fn), as the comparison script computes it. */
    public double fScore() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
