package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A home page or section front: a list of stories, not one. Such a page declares itself a website (Open Graph type
 * "website") and no article (no publication date, no schema.org article), and its text stands in teaser boxes, each
 * under its own headline that links to the story. When the teasers are a sentence each the page has no running text
 * and is refused anyway; when they are paragraphs of several sentences, read as one they would run several stories
 * together. The page is a list when at least {@link #MIN_TEASERS} boxes each hold one linked headline and paragraph
 * text, and those boxes hold most of the page's paragraph words.
 */
final class StoryList {

    /** Teaser boxes a list holds at least. */
    static final int MIN_TEASERS = 3;
    /** Share of the page's paragraph words the teaser boxes hold at least. */
    private static final double MIN_TEASER_SHARE = 0.6;

    private StoryList() {
    }

    /** Whether {@code doc} is a list of stories rather than an article (call before the page is pruned). */
    static boolean isList(Document doc, JsonLdFacts jsonLd, PageMetadata meta) {
        Element ogType = doc.selectFirst("meta[property=og:type]");
        if (ogType == null || !ogType.attr("content").trim().equalsIgnoreCase("website")
                || meta.published() != null || jsonLd.datePublished() != null || jsonLd.headline() != null
                || doc.body() == null) {
            return false;
        }
        Set<Element> boxes = new HashSet<>();
        Set<String> targets = new HashSet<>();
        for (Element h : doc.body().select("h1, h2, h3, h4")) {
            Element link = h.selectFirst("a[href]");
            if (link == null || !TextNormalizer.collapse(link.text()).equals(TextNormalizer.collapse(h.text()))) {
                continue;
            }
            Element box = box(h);
            if (box != null && targets.add(link.attr("href"))) {
                boxes.add(box);
            }
        }
        if (boxes.size() < MIN_TEASERS) {
            return false;
        }
        int all = paragraphWords(doc.body());
        int inBoxes = 0;
        for (Element b : boxes) {
            inBoxes += paragraphWords(b);
        }
        return all > 0 && inBoxes >= MIN_TEASER_SHARE * all;
    }

    /** The smallest box around a linked headline that holds paragraph text and no other headline, or null. */
    private static Element box(Element heading) {
        for (Element p = heading.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (p.select("h1, h2, h3, h4").size() > 1) {
                return null;
            }
            if (paragraphWords(p) > 0) {
                return p;
            }
        }
        return null;
    }

    private static int paragraphWords(Element e) {
        List<String> texts = new ArrayList<>();
        for (Element p : e.getElementsByTag("p")) {
            texts.add(p.text());
        }
        return HtmlArticleExtractor.wordCount(texts);
    }
}
