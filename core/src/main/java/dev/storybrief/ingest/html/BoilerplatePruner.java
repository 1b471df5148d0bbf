package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes boilerplate inside the chosen container: share bars, related links, comment threads, ad
 * slots, bylines, captions and the like, recognised by tag and by class/id names. An element is kept
 * despite its names when it holds a large share of the container's prose, because then the names are
 * more likely to describe layout than the element itself.
 */
final class BoilerplatePruner {

    private static final double KEEP_SHARE_STRONG = 0.6;
    private static final double KEEP_SHARE_WEAK = 0.3;
    /** Elements that hold running text: an inline element inside them is part of it. */
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "dd", "dt", "td", "th", "blockquote", "pre", "label", "caption");

    private BoilerplatePruner() {
    }

    static void prune(Element container, ContentStats stats, RemovalLog log) {
        double total = Math.max(1, stats.prose(container));
        List<Element> doomed = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        collect(container, stats, total, doomed, reasons);
        for (int i = 0; i < doomed.size(); i++) {
            log.element(doomed.get(i), reasons.get(i));
            doomed.get(i).remove();
        }
    }

    /** Walks the subtree top-down; a doomed element's descendants need no visit. */
    private static void collect(Element container, ContentStats stats, double total, List<Element> doomed,
            List<String> reasons) {
        List<Element> stack = new ArrayList<>(container.children());
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            String reason = reasonToDrop(e, stats, total);
            if (reason != null) {
                doomed.add(e);
                reasons.add(reason);
            } else {
                stack.addAll(e.children());
            }
        }
    }

    /**
     * Whether a {@code <header>} inside the container is the header of a section of the article (HTML's header of
     * its nearest sectioning element: the section's heading, a collapsible box's title) rather than the site's
     * header: it holds a subheading (h2 to h6) and its names say nothing else. A header holding an h1 is an
     * article's own header (headline, date, byline), and inside the container that of a next article on a page that
     * scrolls on; it stays boilerplate.
     */
    private static boolean isSectionHeader(Element e, ContentStats stats) {
        return e.normalName().equals("header") && stats.verdict(e) != ClassIdSignals.Verdict.BOILERPLATE
                && e.selectFirst("h1") == null && e.selectFirst("h2, h3, h4, h5, h6") != null;
    }

    /**
     * Whether an inline element is all the text of its box, outside running text: a caption written as {@code <strong
     * class="caption">} after an image in the image's box is laid out as a block of its own, and its name describes
     * it as a block's name does. Inside a paragraph, a heading or a list item it is styling.
     */
    private static boolean standsAlone(Element e) {
        Element parent = e.parent();
        if (parent == null || TEXT_BLOCKS.contains(parent.normalName()) || BlockSegmenter.isInline(parent)) {
            return false;
        }
        for (Node n : parent.childNodes()) {
            if (n != e && (n instanceof TextNode t && !t.isBlank()
                    || n instanceof Element other && other.hasText())) {
                return false;
            }
        }
        return true;
    }

    private static String reasonToDrop(Element e, ContentStats stats, double total) {
        double share = stats.prose(e) / total;
        String name = e.normalName();
        if (stats.isBoilerplate(e) && !isSectionHeader(e, stats)) {
            // Readers' comments are dropped whatever their share: under a short item they can outweigh the article.
            if (share < KEEP_SHARE_STRONG || CommentThreads.isThread(e)) {
                return "boilerplate (" + (ContentStats.isBoilerplateTag(name) ? "tag" : "class/id") + ")";
            }
            return null;
        }
        if (BlockSegmenter.isInline(e) && !(stats.verdict(e) == ClassIdSignals.Verdict.WEAK_BOILERPLATE
                && standsAlone(e))) {
            // Inline elements inside a paragraph carry names for styling, not for layout.
            return null;
        }
        if (stats.verdict(e) == ClassIdSignals.Verdict.WEAK_BOILERPLATE && share < KEEP_SHARE_WEAK) {
            return "byline/caption/meta (class/id)";
        }
        if (e.attr("aria-hidden").toLowerCase(Locale.ROOT).equals("true") && share < KEEP_SHARE_WEAK) {
            return "hidden from readers (aria-hidden)";
        }
        return null;
    }
}
