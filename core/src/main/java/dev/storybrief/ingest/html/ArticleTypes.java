package dev.storybrief.ingest.html;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org type a page declares its article to be when the type says more than "news article": an opinion
 * piece, an analysis, a review, a live blog, satire or an advertiser's content. Read from the page's JSON-LD and
 * from microdata or RDFa ({@code itemtype="https://schema.org/OpinionNewsArticle"}); the clean stage decides what
 * the article is from it.
 */
final class ArticleTypes {
    /** The telling types, as schema.org spells them, in the order they are looked for. */
    private static final List<String> TELLING = List.of("OpinionNewsArticle", "AnalysisNewsArticle",
            "ReviewNewsArticle", "SatiricalArticle", "AdvertiserContentArticle", "LiveBlogPosting");

    private ArticleTypes() {
    }

    /** The first telling type the page declares, as schema.org spells it, or null. */
    static String declared(Document doc, JsonLdFacts jsonLd) {
        for (String type : TELLING) {
            if (jsonLd.declaredTypes().contains(type.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        for (Element e : doc.select("[itemtype], [typeof]")) {
            String marked = (e.attr("itemtype") + " " + e.attr("typeof")).toLowerCase(Locale.ROOT);
            for (String type : TELLING) {
                if (marked.matches("(?s).*(?:^|[\\s/:])" + type.toLowerCase(Locale.ROOT) + "(?:\\s.*|$)")) {
                    return type;
                }
            }
        }
        return jsonLd.liveBlog() ? "LiveBlogPosting" : null;
    }
}
