package dev.storybrief.ingest.html;

import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article: the one whose prose outweighs the junk around it by the
 * most. Wrapping more elements adds their prose but also their junk (navigation, link lists, labels),
 * so the best element is the tightest one that still gathers the article's paragraphs. Elements named
 * like an article body get a small bonus to settle near-ties.
 */
final class ContainerLocator {

    /** Cost of one junk character against one prose character. */
    static final double JUNK_WEIGHT = 0.6;
    private static final double BODY_NAME_BONUS = 1.1;

    private ContainerLocator() {
    }

    /** The best container, or {@code stats.root()} when nothing scores. */
    static Element locate(ContentStats stats) {
        Element best = stats.root();
        double bestScore = 0;
        for (Element e : stats.elements()) {
            double prose = stats.prose(e);
            if (prose <= 0) {
                continue;
            }
            double score = prose - JUNK_WEIGHT * stats.junk(e);
            if (score > 0 && score * BODY_NAME_BONUS >= bestScore && isNamedBody(e)) {
                score *= BODY_NAME_BONUS;
            }
            if (score > bestScore || score == bestScore && best != null && isAncestor(best, e)) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    private static boolean isNamedBody(Element e) {
        String name = e.normalName();
        return name.equals("article") || ClassIdSignals.looksLikeArticleBody(e);
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
