package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the article's lead (standfirst, intro, "chapeau"): running text between the headline and the article
 * container. Pages put it in the article's header, next to the headline and outside the element that holds the
 * body paragraphs, so the container leaves it out although it is the first paragraph of the article. A block counts
 * when it comes after the page's headline and before the container's first block, lies inside the smallest element
 * holding both, is a paragraph or heading of prose of at least six words that ends like a sentence and is mostly not links,
 * is not in an image's box (names like "image", "caption", "media"), passes the per-block checks of
 * {@link ParagraphFilter} (credits, bylines, calls to action), and no element between it and that ancestor is marked
 * as navigation, sidebar, footer, form or another hard kind of boilerplate ({@code <header>} is allowed: it is where
 * the lead sits). An h1 that links to the home page is the site's logo, and the next h1 is the headline.
 */
final class LeadFinder {

    /** A lead is a paragraph or two; more text between headline and body is something else (a teaser list). */
    private static final int MAX_LEAD_BLOCKS = 3;
    private static final double MAX_LINK_DENSITY = 0.3;
    private static final int MIN_LEAD_WORDS = 6;
    /** Name tokens of an image's box: text there is a caption, even when it sits between headline and body. */
    private static final java.util.Set<String> MEDIA_TOKENS = java.util.Set.of("image", "img", "caption", "photo",
            "picture", "figure", "media", "credit", "credits", "thumbnail");

    private LeadFinder() {
    }

    /** The lead blocks in document order, or an empty list. */
    static List<TextBlock> lead(List<TextBlock> blocks, Element container, String title, String author) {
        int headline = -1;
        int first = -1;
        boolean matched = false;
        String titleKey = TextNormalizer.key(title);
        for (int i = 0; i < blocks.size() && first < 0; i++) {
            TextBlock b = blocks.get(i);
            if (within(b.owner(), container)) {
                first = i;
            } else if (!matched && isHeadline(b.owner()) && !isSiteLogo(b)) {
                // The h1 that repeats the page title is the headline; else the first h1 that is not the site's name.
                String k = TextNormalizer.key(b.text());
                matched = !k.isEmpty() && !titleKey.isEmpty() && (titleKey.contains(k) || k.contains(titleKey));
                if (matched || headline < 0) {
                    headline = i;
                }
            }
        }
        if (headline < 0 || first < 0 || first - headline < 2) {
            return List.of();
        }
        Element top = commonAncestor(blocks.get(headline).owner(), container);
        if (top == null) {
            return List.of();
        }
        List<TextBlock> lead = new ArrayList<>(MAX_LEAD_BLOCKS);
        DataTables tables = new DataTables();
        for (int i = headline + 1; i < first; i++) {
            TextBlock b = blocks.get(i);
            if (isHeadline(b.owner())) {
                return List.of();
            }
            if (!isLeadLike(b) || !within(b.owner(), top)
                    || insideBoilerplate(b.owner(), top) || ParagraphFilter.dropReason(b, title, author, tables) != null
                    || ParagraphFilter.isCaptionOverCredit(blocks, i)) {
                continue;
            }
            if (lead.size() == MAX_LEAD_BLOCKS) {
                return List.of();
            }
            lead.add(b);
        }
        return lead;
    }

    /**
     * A paragraph (or a subheading-sized standfirst) of prose, mostly not links, that ends like a sentence and has
     * some length: date lines ("Updated Nov 19, 6:55 AM"), agency lines and key-point lists sit between headline and
     * body too, and are not the lead.
     */
    private static boolean isLeadLike(TextBlock b) {
        return (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING) && b.isProse() && b.linkDensity() <= MAX_LINK_DENSITY
                && b.words() >= MIN_LEAD_WORDS && b.endsLikeSentence();
    }

    /** Whether the block's element is an h1 or sits in one (up to three levels down). */
    static boolean isHeadline(Element owner) {
        int steps = 0;
        for (Element e = owner; e != null && steps < 3; e = e.parent(), steps++) {
            if (e.normalName().equals("h1")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an h1 names the site rather than the article: it links to the home page (a blog's h1 may link the post
     * itself), sits inside a link, or is named as a logo or brand.
     */
    static boolean isSiteLogo(TextBlock h1) {
        Element heading = h1.owner();
        for (Element e = heading; e != null; e = e.parent()) {
            if (e.normalName().equals("h1")) {
                heading = e;
                break;
            }
        }
        for (Element e = heading; e != null; e = e.parent()) {
            if (e.normalName().equals("a") || hasLogoName(e) && e == heading) {
                return true;
            }
        }
        if (h1.linkDensity() > 0.5) {
            for (Element a : heading.getElementsByTag("a")) {
                if (isHomePage(a.attr("href"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasMediaName(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return false;
        }
        for (String value : (e.className() + " " + e.id()).split("\\s+")) {
            for (String t : ClassIdSignals.tokens(value)) {
                if (MEDIA_TOKENS.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasLogoName(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
        return names.contains("logo") || names.contains("brand") || names.contains("site-title")
                || names.contains("sitename") || names.contains("site-name") || names.contains("nom_site");
    }


    /** Whether a link goes to a site's root: "/", "https://host/", "index.html" (archived copies included). */
    static boolean isHomePage(String href) {
        String h = href.strip();
        int scheme = h.lastIndexOf("://");
        if (scheme >= 0) {
            int slash = h.indexOf('/', scheme + 3);
            h = slash < 0 ? "/" : h.substring(slash);
        }
        int cut = h.indexOf('?');
        if (cut >= 0) {
            h = h.substring(0, cut);
        }
        return h.equals("/") || h.equals("./") || h.equals("/index.html") || h.equals("/index.php")
                || h.equals("index.html") || h.equals("index.php");
    }

    private static boolean insideBoilerplate(Element owner, Element top) {
        for (Element e = owner; e != null && e != top; e = e.parent()) {
            // A heading is never an image's caption: "caption" in its own class names a text style (a design
            // system's small type), while a caption box around it still counts.
            boolean heading = e == owner && e.normalName().length() == 2 && e.normalName().charAt(0) == 'h'
                    && e.normalName().charAt(1) >= '2' && e.normalName().charAt(1) <= '6';
            if (ContentStats.isHardBoilerplateElement(e) || !heading && hasMediaName(e)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest element holding both {@code a} and {@code b} (each counts as holding itself), or null. */
    static Element commonAncestor(Element a, Element b) {
        for (Element p = a; p != null; p = p.parent()) {
            if (within(b, p)) {
                return p;
            }
        }
        return null;
    }

    static boolean within(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
