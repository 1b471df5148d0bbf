package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The elements by which a page's own structure says where its article is: the headline (first non-empty h1), the
 * main element, and the schema.org article (an element with {@code itemprop=articleBody}, else the largest element
 * whose {@code itemtype} or RDFa {@code typeof} is an article type). One of each at most, so a list of teasers
 * that each carry article markup does not count.
 */
final class ArticleMarks {

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "report",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "techarticle", "scholarlyarticle",
            "liveblogposting", "socialmediaposting");

    private ArticleMarks() {
    }

    /**
     * What the page marks, found in one walk over its elements.
     *
     * @param marks        the headline, main element and schema.org article, one of each at most
     * @param soleArticle  the page's {@code <article>} element when it has exactly one (several are a list of
     *                     teasers), else null
     */
    record Found(List<Element> marks, Element soleArticle) {
    }

    static Found find(Element root) {
        List<Element> marks = new ArrayList<>(3);
        Element article = null;
        int articles = 0;
        Element schema = null;
        int schemaLength = 0;
        boolean bodyMarked = false;
        boolean headline = false;
        boolean main = false;
        for (Element e : root.getAllElements()) {
            String name = e.normalName();
            if (name.equals("article") && articles++ == 0) {
                article = e;
            }
            if (!headline && name.equals("h1") && !e.text().isBlank()) {
                marks.add(e);
                headline = true;
            }
            if (!main && (name.equals("main") || e.attr("role").equalsIgnoreCase("main"))) {
                marks.add(e);
                main = true;
            }
            boolean body = e.attr("itemprop").equalsIgnoreCase("articleBody");
            if (bodyMarked && !body || !body && !isArticleType(e)) {
                continue;
            }
            int length = e.text().length();
            if (body && !bodyMarked || length > schemaLength) {
                schema = e;
                schemaLength = length;
                bodyMarked |= body;
            }
        }
        if (schema != null) {
            marks.add(schema);
        }
        return new Found(marks, articles == 1 ? article : null);
    }

    /**
     * Whether {@code e} is the article's own description ({@code itemprop="description"} whose item, the nearest
     * {@code itemscope} around it, is an article, or which has no item while the page marks its articleBody): its
     * standfirst, whatever the element is named ("teaser-text"). A description of another item (the author, an image,
     * a product in a teaser) is not.
     */
    static boolean isArticleDescription(Element e) {
        if (!e.attr("itemprop").equalsIgnoreCase("description")) {
            return false;
        }
        Element top = e;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                return isArticleType(p);
            }
            top = p;
        }
        // No item around it: templates that write the article's properties without the item (itemprop="articleBody"
        // beside it, no itemscope) describe the article.
        return top.selectFirst("[itemprop=articleBody]") != null;
    }

    static boolean isArticleType(Element e) {
        for (String attr : new String[] {"itemtype", "typeof"}) {
            String v = e.attr(attr);
            if (v.isEmpty()) {
                continue;
            }
            for (String t : v.trim().split("\\s+")) {
                String s = t.toLowerCase(Locale.ROOT);
                int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
                if (ARTICLE_TYPES.contains(cut >= 0 ? s.substring(cut + 1) : s)) {
                    return true;
                }
            }
        }
        return false;
    }
}
