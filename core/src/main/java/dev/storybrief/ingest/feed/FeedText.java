package dev.storybrief.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a feed item's description or content, which feeds give as HTML (escaped or in CDATA) or as plain text:
 * markup, scripts and embedded media go, entities are decoded, and paragraphs, list items, headings and line breaks
 * become paragraphs. Cleaning proper (captions, "Continue reading" links, credits) is the clean stage's, as for any
 * text.
 */
public final class FeedText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "section", "article", "header", "footer", "table", "tr", "dd", "dt", "figure",
            "figcaption", "hr");
    private static final String DROPPED = "script, style, noscript, iframe, object, embed, video, audio, img, svg, form";

    private FeedText() {
    }

    /** The paragraphs of an item's HTML or plain text, in order; empty when it holds no text. */
    public static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Element body = parse(html);
        body.select(DROPPED).remove();
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element e && (e.normalName().equals("br") || BLOCKS.contains(e.normalName()))) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
            }
        }, body);
        flush(current, out);
        return out;
    }

    /**
     * The item's markup parsed. A feed that escapes its already escaped HTML once more ("&amp;lt;p&amp;gt;" in the
     * file) leaves markup as text after one decoding: no element, yet tags ("&lt;p&gt;") or character references
     * ("&amp;#8220;") in the text. That text is the markup, and is parsed again, as the item's title is decoded again.
     */
    private static Element parse(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        if (body.children().isEmpty()) {
            String text = body.wholeText();
            if (ESCAPED_TAG.matcher(text).find() || Syndication.ENTITY.matcher(text).find()) {
                return Jsoup.parseBodyFragment(text).body();
            }
        }
        return body;
    }

    /** An HTML tag of the kinds that carry an item's text, read as text: "<p>", "</p>", "<br/>", "<a href=...>". */
    private static final Pattern ESCAPED_TAG = Pattern.compile(
            "</?(?:p|br|div|span|a|em|strong|b|i|u|ul|ol|li|h[1-6]|blockquote|figure|figcaption|img)(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    private static void flush(StringBuilder current, List<String> out) {
        // a plain-text description keeps its own blank-line paragraphs
        for (String part : current.toString().split("\\n\\s*\\n")) {
            String text = Syndication.collapse(part.replace('\u00a0', ' '));
            if (text != null) {
                out.add(text);
            }
        }
        current.setLength(0);
    }
}
