package dev.storybrief.ingest.html;

import dev.storybrief.ingest.PageAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * A page of teasers for other sites' articles: a news aggregator's story page or search result, a "what the press
 * says" round-up. Each teaser is built alike: a headline that links to an article on another site, a line of that
 * article's text, the outlet's name and a time. Read as one article, its teasers would be briefed as one story of an
 * unknown outlet, several outlets' words run together. So the page is no article when it is made of such teasers: at
 * least {@link #MIN_TEASERS} boxes, each holding one headline link to another host (a link of at least
 * {@link #MIN_HEADLINE_WORDS} words, standing as a headline, not inside a sentence) and text of its own beside it,
 * linking to at least {@link #MIN_HOSTS} hosts; the teasers hold more than twice the prose of the page outside them;
 * and the page has no long paragraph of its own (none of {@link #LONG_OWN_PARAGRAPH} words or more). A page that
 * declares itself a dated article is not asked (the caller's part): an aggregator declares none.
 *
 * <p>An article with a "related stories" or "elsewhere on the web" block is told apart by the same build: its own
 * paragraphs are long and outweigh the block. A list of bare links (a menu, a "read more" list) has no text beside each
 * link and makes no teaser.
 */
final class OtherSitesList {

    /** Teasers a list holds at least: three could be an article's "see also" box. */
    static final int MIN_TEASERS = 4;
    /** Other hosts the teasers link to at least: an aggregator shows several outlets. */
    static final int MIN_HOSTS = 2;
    /** Words of a headline link at least ("Read more", an outlet's name are not headlines). */
    static final int MIN_HEADLINE_WORDS = 4;
    /** Words of a paragraph of the page's own that make it an article's, not a list's caption or footer. */
    static final int LONG_OWN_PARAGRAPH = 40;
    /**
     * Levels a teaser's headline and box lie above its link at most: a teaser is a shallow box, and a bound keeps a
     * deeply nested page (thousands of levels) from being read level by level for each of its links.
     */
    /**
     * The longest link address read, in characters: a headline links to an article by an address of a few hundred at
     * most; a longer one (a data URL, a page's tracking blob) is no teaser, and resolving it at every level climbed
     * would copy it again and again.
     */
    private static final int MAX_HREF = 2_048;
    private static final int MAX_CLIMB = 8;
    /** A block of fewer words outside the teasers is a menu item or a label, not prose of the page's own. */
    private static final int PROSE_WORDS = 8;
    /** Tags whose text makes one block of its own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "section", "article", "blockquote",
            "dd", "main", "aside", "header", "footer", "body", "figcaption");

    private OtherSitesList() {
    }

    /**
     * The teasers' links when {@code body} is a page of teasers for articles on other sites, else empty; {@code address}
     * is the page's own URL (nullable: then any host counts as another).
     */
    static Optional<List<String>> links(Element body, String address) {
        if (body == null) {
            return Optional.empty();
        }
        String ownHost = PageAddress.outletHost(address);
        Map<Element, String> teasers = teasers(body, ownHost);
        if (teasers.size() < MIN_TEASERS) {
            return Optional.empty();
        }
        Set<String> hosts = new LinkedHashSet<>();
        teasers.values().forEach(link -> hosts.add(HostNames.label(PageAddress.outletHost(link))));
        if (hosts.size() < MIN_HOSTS) {
            return Optional.empty();
        }
        int teaserWords = 0;
        for (Element box : teasers.keySet()) {
            teaserWords += HtmlArticleExtractor.wordCount(List.of(box.text()));
        }
        OwnText own = ownText(body, teasers.keySet());
        if (own.longest() >= LONG_OWN_PARAGRAPH || own.prose() * 2 >= teaserWords) {
            return Optional.empty();
        }
        return Optional.of(new ArrayList<>(teasers.values()));
    }

    /** Each teaser box with its headline link's address, in page order. */
    private static Map<Element, String> teasers(Element body, String ownHost) {
        Map<Element, String> boxes = new LinkedHashMap<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Element link : body.select("a[href]")) {
            if (link.attr("href").length() > MAX_HREF) {
                continue;
            }
            String href = link.absUrl("href");
            String host = PageAddress.outletHost(href);
            if (host == null || isOwn(host, ownHost) || !targets.add(href)
                    || HtmlArticleExtractor.wordCount(List.of(link.text())) < MIN_HEADLINE_WORDS) {
                continue;
            }
            Element box = box(link);
            if (box != null && !boxes.containsKey(box)) {
                boxes.put(box, href);
            }
        }
        // a box inside another is one teaser seen twice; a box holding others is the list itself
        boxes.keySet().removeIf(b -> insideAnother(b, boxes.keySet()));
        return boxes;
    }

    /** Whether an ancestor of the box is another box: one walk up, not a list of ancestors per pair of boxes. */
    private static boolean insideAnother(Element box, Set<Element> boxes) {
        for (Element p = box.parent(); p != null; p = p.parent()) {
            if (boxes.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a link's host is the page's own site ("news.site.com" for "site.com"). */
    private static boolean isOwn(String host, String ownHost) {
        return ownHost != null && (host.equals(ownHost) || host.endsWith("." + ownHost) || ownHost.endsWith("." + host)
                || HostNames.label(host).equals(HostNames.label(ownHost)));
    }

    /**
     * The smallest element around a headline link that holds text besides the link, or null when the element reached
     * first holds another headline link (the link stands in a list of bare links, without a teaser's text).
     */
    private static Element box(Element link) {
        int linkWords = HtmlArticleExtractor.wordCount(List.of(link.text()));
        String target = link.absUrl("href");
        Element headline = headline(link);
        if (headline == null) {
            return null;
        }
        int up = 0;
        for (Element p = headline.parent(); p != null && !p.normalName().equals("body") && up++ < MAX_CLIMB;
                p = p.parent()) {
            for (Element other : p.select("a[href]")) {
                if (other.attr("href").length() <= MAX_HREF && !other.absUrl("href").equals(target)
                        && HtmlArticleExtractor.wordCount(List.of(other.text())) >= MIN_HEADLINE_WORDS) {
                    return null;
                }
            }
            if (HtmlArticleExtractor.wordCount(List.of(p.text())) > linkWords) {
                return p;
            }
        }
        return null;
    }

    /**
     * The headline a link stands as: the outermost element whose text is the link's ("h3" around "a"), or null when
     * the link sits inside running text (a sentence's words beside it in the same element), as a source cited in an
     * article's paragraph does.
     */
    private static Element headline(Element link) {
        String text = TextNormalizer.collapse(link.text());
        Element headline = link;
        for (int up = 0; up < MAX_CLIMB && headline.parent() != null
                && TextNormalizer.collapse(headline.parent().text()).equals(text); up++) {
            headline = headline.parent();
        }
        Element around = headline.parent();
        if (around == null) {
            return null;
        }
        for (TextNode t : around.textNodes()) {
            if (HtmlArticleExtractor.wordCount(List.of(t.text())) > 0) {
                return null;
            }
        }
        return headline;
    }

    /** The page's own prose: words of blocks outside the teasers and outside links, and its longest block. */
    private record OwnText(int prose, int longest) {
    }

    private static OwnText ownText(Element body, Set<Element> teasers) {
        Map<Element, StringBuilder> blockTexts = new IdentityHashMap<>();
        Set<Element> inTeasers = Collections.newSetFromMap(new IdentityHashMap<>());
        inTeasers.addAll(teasers);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && (inTeasers.contains(e) || e.normalName().equals("a"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    blockTexts.computeIfAbsent(block(t), k -> new StringBuilder()).append(' ').append(t.text());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        int prose = 0;
        int longest = 0;
        for (StringBuilder text : blockTexts.values()) {
            int words = HtmlArticleExtractor.wordCount(List.of(text.toString()));
            if (words >= PROSE_WORDS) {
                prose += words;
            }
            longest = Math.max(longest, words);
        }
        return new OwnText(prose, longest);
    }

    /** The nearest block element around a text. */
    private static Element block(TextNode text) {
        Element e = text.parent();
        while (e != null && !BLOCKS.contains(e.normalName())) {
            e = e.parent();
        }
        return e;
    }
}
