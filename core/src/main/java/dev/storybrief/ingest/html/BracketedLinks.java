package dev.storybrief.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes a link of a few words set in square brackets at the very end of a paragraph ("... in Polsce. [czytaj
 * więcej]", "[more]", "[weiter]"): a pointer to another page, written after the paragraph's last sentence, not part
 * of it. Recognised by its form alone, so it holds in any language: the brackets around the link, nothing after them
 * in the paragraph, and at most {@link #MAX_WORDS} words with a letter (a footnote number "[1]" stays).
 */
final class BracketedLinks {

    /** "czytaj więcej", "read the full story": a pointer, not a clause. */
    static final int MAX_WORDS = 3;

    private BracketedLinks() {
    }

    /** Removes {@code link} with its brackets when it is such a pointer; returns whether it did. */
    static boolean removeIfPointer(Element link) {
        Element outer = link;
        // The brackets often sit around a styling wrapper ("<strong>[<a><span>more</span></a>]</strong>").
        while (outer.parent() != null && BlockSegmenter.isInline(outer.parent()) && isAlone(outer)) {
            outer = outer.parent();
        }
        if (!(outer.previousSibling() instanceof TextNode before) || !(outer.nextSibling() instanceof TextNode after)) {
            return false;
        }
        String open = before.getWholeText().stripTrailing();
        String close = after.getWholeText().stripLeading();
        if (!open.endsWith("[") || !close.startsWith("]") || !close.substring(1).isBlank() || !isPointer(link.text())
                || !endsItsBlock(after, link.text().length())) {
            return false;
        }
        before.text(open.substring(0, open.length() - 1));
        after.text("");
        outer.remove();
        return true;
    }

    /** Whether {@code e} is its parent's only node besides blank text; looks at a few nodes, not a long list's all. */
    private static boolean isAlone(Element e) {
        Element parent = e.parent();
        if (parent.childNodeSize() > 5) {
            return false;
        }
        for (Node n : parent.childNodes()) {
            if (n != e && !(n instanceof TextNode t && t.isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPointer(String text) {
        int words = HtmlArticleExtractor.wordCount(List.of(text));
        return words >= 1 && words <= MAX_WORDS && text.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * Whether nothing but blanks follows {@code node} up to the end of its block (through inline wrappers), and the
     * block holds more than the link: a block that is nothing but "[more]" is a link list's item, left to the filters.
     */
    private static boolean endsItsBlock(Node node, int linkChars) {
        for (Node n = node; n != null; ) {
            for (Node next = n.nextSibling(); next != null; next = next.nextSibling()) {
                if (next instanceof TextNode t ? !t.isBlank() : next instanceof Element e && e.hasText()) {
                    return false;
                }
            }
            Element parent = n.parent() instanceof Element p ? p : null;
            if (parent == null || !BlockSegmenter.isInline(parent)) {
                return parent != null && parent.text().length() > linkChars + 2;
            }
            n = parent;
        }
        return false;
    }
}
