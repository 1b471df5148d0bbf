package dev.storybrief.ingest.html;

import java.util.List;

/**
 * What the extractor found in one HTML page.
 *
 * @param title         headline, or null if none was found
 * @param published     publication date as ISO {@code yyyy-MM-dd}, or an ISO date-time string as found; null if unknown
 * @param author        author name(s), comma separated; null if unknown
 * @param outlet        publication name (site name, publisher, or host name); null if unknown
 * @param paragraphs    article body paragraphs, in reading order; empty when there is no article, except on a page
 *                      whose metadata declares it no news (a product, a recipe), whose text is kept
 * @param hasArticle    whether a news article's body was found
 * @param reason        why there is no article, else null
 * @param removedBlocks short descriptions of what was dropped and why (for an explain option)
 * @param updated       the last update the page's metadata states (an upper bound of the publication date, never
 *                      taken for it), or null
 * @param section       the section the page files its article under ({@code article:section}: "Opinion",
 *                      "Meinung"), or null
 * @param schemaType    the schema.org type the page declares its article to be when it says more than "news article"
 *                      ("OpinionNewsArticle", "LiveBlogPosting"), or null
 * @param links         on a page that is a list of other articles rather than one ({@link HtmlArticleExtractor#LIST_OF_LINKS}),
 *                      the articles it links to, in page order, so a reader can fetch them; empty on any other page
 * @param original      the address of the article a reader view shows (Firefox's domain link, a reader mode's
 *                      {@code url} parameter), or null when the page is no reader view: where a view was saved or read
 *                      is the view's address, not the article's
 */
public record ExtractedPage(String title, String published, String author, String outlet, List<String> paragraphs,
        boolean hasArticle, String reason, List<String> removedBlocks, String updated, String section,
        String schemaType, List<String> links, String original) {

    /** A page that is no reader view of another's article. */
    public ExtractedPage(String title, String published, String author, String outlet, List<String> paragraphs,
                         boolean hasArticle, String reason, List<String> removedBlocks, String updated, String section,
                         String schemaType, List<String> links) {
        this(title, published, author, outlet, paragraphs, hasArticle, reason, removedBlocks, updated, section,
                schemaType, links, null);
    }

    /** A page that links to no list of other articles. */
    public ExtractedPage(String title, String published, String author, String outlet, List<String> paragraphs,
                         boolean hasArticle, String reason, List<String> removedBlocks, String updated, String section,
                         String schemaType) {
        this(title, published, author, outlet, paragraphs, hasArticle, reason, removedBlocks, updated, section,
                schemaType, List.of());
    }

    /** A page that says nothing of its article's section or type. */
    public ExtractedPage(String title, String published, String author, String outlet, List<String> paragraphs,
                         boolean hasArticle, String reason, List<String> removedBlocks, String updated) {
        this(title, published, author, outlet, paragraphs, hasArticle, reason, removedBlocks, updated, null, null);
    }

    /** Defensive copies keep the page immutable. */
    public ExtractedPage {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        removedBlocks = removedBlocks == null ? List.of() : List.copyOf(removedBlocks);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The body as one text, paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
