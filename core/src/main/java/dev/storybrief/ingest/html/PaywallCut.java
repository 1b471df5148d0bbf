package dev.storybrief.ingest.html;

import dev.storybrief.model.SentenceMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Where a paywall cuts a page saved without a subscription. A page that declares a part of its article not free to
 * read (schema.org's paywall markup, {@link JsonLdFacts#paywalledSelectors}) names that part's block by a CSS selector.
 * A reader without a subscription gets that block empty or cut short, ending mid-sentence ("Most of the cuts fall on
 * the"), and in the rest of the text's place the subscription offer ("Continue reading with Plus", "Try 4 weeks for
 * 0.99 euros"). So when the declared block is empty or its text stops without a sentence's end, its last, cut
 * paragraph goes, and so does what follows it in its container: the article's text stops where the paywall cut it.
 * A page saved by a subscriber holds the whole paid text, ending like a sentence, and is left as it is.
 */
final class PaywallCut {
    /** Containers that hold the whole article: the offer is looked for beside the paid block, never past them. */
    private static final Set<String> ARTICLE_CONTAINERS = Set.of("article", "main", "body", "html");
    /** Blocks a paragraph of the paid part is written in. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "blockquote", "section", "h2", "h3", "h4",
            "h5", "h6");

    private PaywallCut() {
    }

    /** Removes from {@code root} the paid part's cut paragraph and the offer after it, when the paywall cut the page. */
    static void cut(Element root, List<String> selectors, RemovalLog log) {
        for (String selector : selectors) {
            Elements paid;
            try {
                paid = root.select(selector);
            } catch (RuntimeException e) {
                // a selector jsoup cannot read is the publisher's slip: the page is read without it
                log.note("the page's paywall markup names a selector that cannot be read: " + selector);
                continue;
            }
            if (paid.isEmpty()) {
                continue;
            }
            Element last = paid.last();
            if (ARTICLE_CONTAINERS.contains(last.normalName()) && !"article".equals(last.normalName())) {
                continue; // the whole page declared paid says nothing of where the paywall cut it
            }
            String text = TextNormalizer.collapse(last.text()).strip();
            if (!text.isEmpty() && SentenceMarks.endsSentence(text)) {
                continue;
            }
            Element cutBlock = text.isEmpty() ? null : lastBlock(last);
            if (cutBlock != null) {
                log.element(cutBlock, "the paid part's paragraph the paywall cuts mid-sentence");
                cutBlock.remove();
            }
            for (Element offer : after(last)) {
                log.element(offer, "what stands after the paid part a paywall cut (the subscription offer)");
                offer.remove();
            }
        }
    }

    /**
     * The block that holds the paid part's last words; null when they stand in no paragraph of their own below the paid
     * block (the paid block is then no paragraph, and is not removed whole for its last line).
     */
    private static Element lastBlock(Element paid) {
        Elements all = paid.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (!e.ownText().isBlank()) {
                Element block = e;
                while (block != paid && !BLOCKS.contains(block.normalName())) {
                    block = block.parent();
                }
                return block != paid || "p".equals(paid.normalName()) ? block : null;
            }
        }
        return null;
    }

    /**
     * The elements after the paid block in its container: its following siblings, or, when it is the last of its
     * parent's children, its parent's, up to the article's container.
     */
    private static List<Element> after(Element paid) {
        Element e = paid;
        while (e.nextElementSibling() == null && e.parent() != null
                && !ARTICLE_CONTAINERS.contains(e.parent().normalName())) {
            e = e.parent();
        }
        List<Element> out = new ArrayList<>();
        for (Element next = e.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            out.add(next);
        }
        return out;
    }
}
