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
 * since comments and author boxes are prose too.
 */
final class SecondOpinion {

    /** The second view must find at least this many characters of article text outside the container to overrule it. */
    static final int MIN_OUTSIDE_CHARS = 200;

    private SecondOpinion() {
    }

    /**
     * The second view's article blocks in page order when they lie mostly outside {@code container} and {@code lead},
     * else null (the container stands). Call before the container is pruned: the check walks the blocks' ancestors.
     * The blocks outside are rated by themselves first: when even all of them that are not plainly bad (linked,
     * copyright) would be too little, the page pays for nothing more.
     */
    static List<TextBlock> overrule(List<TextBlock> blocks, Element root, Element container, List<TextBlock> lead) {
        boolean[] inside = new boolean[blocks.size()];
        ProseClassifier.Rating[] ratings = new ProseClassifier.Rating[blocks.size()];
        int outsideAtMost = 0;
        for (int i = 0; i < inside.length; i++) {
            TextBlock b = blocks.get(i);
            inside[i] = b.owner() == container || ContainerLocator.isAncestor(container, b.owner()) || lead.contains(b);
            if (!inside[i]) {
                ratings[i] = ProseClassifier.rate(b);
                outsideAtMost += ratings[i] == ProseClassifier.Rating.BAD ? 0 : b.chars();
            }
        }
        if (outsideAtMost < MIN_OUTSIDE_CHARS) {
            return null;
        }
        // Each block is rated once; only a block its own text does not already rule out pays for the ancestor walk.
        // A block good by itself stays good in context, so once the container's good blocks outweigh all that the
        // outside could give, the container stands and the rest of the page is not rated.
        Map<Element, Boolean> hard = new IdentityHashMap<>();
        int insideAtLeast = 0;
        for (int i = 0; i < ratings.length; i++) {
            if (ratings[i] == null) {
                ratings[i] = ProseClassifier.rate(blocks.get(i));
            }
            if (ratings[i] != ProseClassifier.Rating.BAD && underHardBoilerplate(blocks.get(i).owner(), root, hard)) {
                ratings[i] = ProseClassifier.Rating.BAD;
            }
            if (inside[i] && ratings[i] == ProseClassifier.Rating.GOOD) {
                insideAtLeast += blocks.get(i).chars();
                if (insideAtLeast >= outsideAtMost) {
                    return null;
                }
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
