package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the article paragraphs of a parsed page, trying strategies in turn: the scored container
 * (the main path), then an element the page itself marks as the article body (for articles made of
 * tables or lists rather than prose), then the JSON-LD {@code articleBody}. A fallback replaces the
 * main result only when the main result is thin and the fallback holds clearly more words.
 */
final class ArticleBodyFinder {

    private final int minArticleWords;

    ArticleBodyFinder(int minArticleWords) {
        this.minArticleWords = minArticleWords;
    }

    List<String> find(Element root, JsonLdFacts jsonLd, PageMetadata meta, RemovalLog log) {
        DomCleaner.clean(root, log);
        List<TextBlock> blocks = BlockSegmenter.segment(root);
        ContentStats stats = ContentStats.of(root, blocks);
        Element container = ContainerLocator.locate(stats);
        logOutside(blocks, container, log);
        BoilerplatePruner.prune(container, stats, log);
        List<String> paragraphs = ParagraphFilter.paragraphs(BlockSegmenter.segment(container), meta.title(),
                meta.author(), log);
        int words = HtmlArticleExtractor.wordCount(paragraphs);
        if (words >= minArticleWords) {
            return paragraphs;
        }
        Element marked = markedBody(root, container);
        if (marked != null) {
            BoilerplatePruner.prune(marked, stats, log);
            List<String> fromMarked = ParagraphFilter.allParagraphs(BlockSegmenter.segment(marked), meta.title(),
                    meta.author(), log);
            int markedWords = HtmlArticleExtractor.wordCount(fromMarked);
            if (markedWords > Math.max(words, minArticleWords / 2) * 2) {
                log.note("little prose found (" + words + " words): used the element marked as article body, "
                        + RemovalLog.describe(marked));
                paragraphs = fromMarked;
                words = markedWords;
            }
        }
        String jsonBody = jsonLd.articleBody();
        if (jsonBody != null && words < minArticleWords
                && HtmlArticleExtractor.wordCount(List.of(jsonBody)) > 2 * Math.max(words, minArticleWords / 2)) {
            log.note("little prose found (" + words + " words): used JSON-LD articleBody");
            return splitParagraphs(jsonBody);
        }
        return paragraphs;
    }

    /** Notes the container and every text block the container leaves out. */
    private static void logOutside(List<TextBlock> blocks, Element container, RemovalLog log) {
        log.note("article container: " + RemovalLog.describe(container));
        for (TextBlock b : blocks) {
            if (!ContainerLocator.isAncestor(container, b.owner()) && b.owner() != container) {
                log.text(b.text(), "outside the article container");
            }
        }
    }

    /** The largest element marked as article body by microdata or by its names, other than the container. */
    private static Element markedBody(Element root, Element container) {
        Element best = null;
        int bestLength = 0;
        for (Element e : root.getAllElements()) {
            if (e == container || !(e.attr("itemprop").equalsIgnoreCase("articleBody")
                    || ClassIdSignals.looksLikeArticleBody(e))) {
                continue;
            }
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    private static List<String> splitParagraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n|\\r?\\n")) {
            String t = TextNormalizer.collapse(p);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
