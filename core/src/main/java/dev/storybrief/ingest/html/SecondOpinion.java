package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Checks the chosen container against a second, independent view of the page ({@link ProseClassifier}) and stands in
 * for it when it is plainly deficient, as trafilatura falls back on jusText and readability: when the blocks the
 * second view rates as article text lie mostly outside the container (and its lead), the container is a fragment of
 * the article (a pull quote, a consent box inside it, one of many sibling boxes each holding a paragraph) and the
 * second view's blocks are the article. Blocks under hard boilerplate (navigation, sidebars, footers, forms, comment
 * threads, consent and sign-up boxes by tag, role or name: {@link ClassIdSignals#isHardBoilerplate}) never count,
 * since comments and author boxes are prose too; nor do blocks in boilerplate apart from the article the page marks.
 */
final class SecondOpinion {

    /** The second view must find at least this many characters of article text outside the container to overrule it. */
    static final int MIN_OUTSIDE_CHARS = 200;

    private SecondOpinion() {
    }

    /**
     * The second view's article blocks in page order when they lie mostly outside {@code container} and {@code lead},
     * else null (the container stands). Call before the container is pruned: the check walks the blocks' ancestors.
     *
     * <p>On most pages the container stands, and the work is ordered so that showing it costs little: first a bound on
     * what the outside could give that reads no words (the blocks outside not ruled out by links, a copyright sign or
     * server text), then the container's own blocks, each rated once, until their good text reaches that bound. Only
     * when it does not are the blocks outside rated (function words) and, when even all of them that are not plainly
     * bad still outweigh the container's good text, walked for boilerplate ancestors and read in context. A block good
     * by itself stays good in context, so a container whose good text reaches what the outside could give stands.
     */
    static List<TextBlock> overrule(List<TextBlock> blocks, Element root, Element container, List<TextBlock> lead,
            ContentStats stats) {
        boolean[] inside = new boolean[blocks.size()];
        int outsideBound = 0;
        for (int i = 0; i < inside.length; i++) {
            TextBlock b = blocks.get(i);
            inside[i] = b.owner() == container || ContainerLocator.isAncestor(container, b.owner()) || lead.contains(b);
            if (!inside[i] && !ProseClassifier.isPlainlyBad(b)) {
                outsideBound += b.chars();
            }
        }
        if (outsideBound < MIN_OUTSIDE_CHARS) {
            return null;
        }
        ProseClassifier.Rating[] ratings = new ProseClassifier.Rating[blocks.size()];
        Map<Element, Boolean> hard = new IdentityHashMap<>();
        Map<Element, Boolean> beside = new IdentityHashMap<>();
        int insideGood = 0;
        for (int i = 0; i < ratings.length; i++) {
            if (inside[i]) {
                ratings[i] = inContainer(blocks.get(i), root, hard);
                if (ratings[i] == ProseClassifier.Rating.GOOD) {
                    insideGood += blocks.get(i).chars();
                    if (insideGood >= outsideBound) {
                        return null;
                    }
                }
            }
        }
        int outsideAtMost = 0;
        for (int i = 0; i < ratings.length; i++) {
            if (!inside[i]) {
                ratings[i] = ProseClassifier.rate(blocks.get(i));
                outsideAtMost += ratings[i] == ProseClassifier.Rating.BAD ? 0 : blocks.get(i).chars();
            }
        }
        if (outsideAtMost < MIN_OUTSIDE_CHARS || insideGood >= outsideAtMost) {
            return null;
        }
        for (int i = 0; i < ratings.length; i++) {
            if (!inside[i] && ratings[i] != ProseClassifier.Rating.BAD
                    && (underHardBoilerplate(blocks.get(i).owner(), root, hard)
                    || besideMarkedArticle(blocks.get(i).owner(), root, stats, beside))) {
                ratings[i] = ProseClassifier.Rating.BAD;
            }
        }
        boolean[] good = ProseClassifier.inContext(ratings);
        int insideChars = 0;
        int outsideChars = 0;
        List<TextBlock> out = new ArrayList<>();
        for (int i = 0; i < good.length; i++) {
            if (good[i]) {
                TextBlock b = blocks.get(i);
                out.add(b);
                if (inside[i]) {
                    insideChars += b.chars();
                } else {
                    outsideChars += b.chars();
                }
            }
        }
        return outsideChars < MIN_OUTSIDE_CHARS || outsideChars <= insideChars ? null : out;
    }

    /** The rating of a block of the container: by itself, and bad under hard boilerplate (a form, a comment box). */
    private static ProseClassifier.Rating inContainer(TextBlock b, Element root, Map<Element, Boolean> hard) {
        ProseClassifier.Rating r = ProseClassifier.rate(b);
        return r != ProseClassifier.Rating.BAD && underHardBoilerplate(b.owner(), root, hard) ? ProseClassifier.Rating.BAD
                : r;
    }

    /**
     * Whether the block lies in boilerplate apart from the article the page marks ({@link
     * ContentStats#isBesideMarkedArticle}): a right rail of teasers beside a marked article body is prose, but not the
     * article's.
     */
    private static boolean besideMarkedArticle(Element owner, Element root, ContentStats stats,
            Map<Element, Boolean> memo) {
        for (Element e = owner; e != null && e != root; e = e.parent()) {
            Boolean known = memo.get(e);
            if (known == null) {
                known = stats.isBesideMarkedArticle(e);
                memo.put(e, known);
            }
            if (known) {
                return true;
            }
        }
        return false;
    }

    private static boolean underHardBoilerplate(Element owner, Element root, Map<Element, Boolean> memo) {
        for (Element e = owner; e != null && e != root; e = e.parent()) {
            Boolean known = memo.get(e);
            if (known == null) {
                known = ContentStats.isHardBoilerplateElement(e);
                memo.put(e, known);
            }
            if (known) {
                return true;
            }
        }
        return false;
    }
}
