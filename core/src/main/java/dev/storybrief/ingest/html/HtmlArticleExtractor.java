package dev.storybrief.ingest.html;

import dev.storybrief.ingest.DecodedText;
import dev.storybrief.ingest.PageAddress;
import dev.storybrief.util.FailureNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Extracts the main article of a raw HTML news page: body paragraphs without navigation, share bars,
 * related links, comments, banners, captions or bylines, plus title, publication date, author and outlet.
 *
 * <p>The body is found in steps. A linear pre-pass drops scripts and styles, keeps JSON-LD aside and
 * bounds the page size. After parsing, non-text and hidden elements go. The text is cut into blocks as
 * a browser would lay it out; each block is prose or not (length, punctuation, link density), and the
 * element whose prose most outweighs its junk is the article container. Boilerplate-named parts of the
 * container are pruned, then blocks before the first and after the last prose block are trimmed and
 * the remaining short blocks are checked against byline, credit and call-to-action patterns. JSON-LD
 * {@code articleBody} serves as a fallback when the page itself yields too little, as does an element
 * the page marks as its article body (for articles made of tables or lists), and replaces a teaser it continues
 * (a paywalled page's opening, {@link DeclaredFullText}).
 *
 * <p>Pathological input is bounded, not rejected: scripts, styles and comments are dropped before
 * parsing, then at most {@link #DEFAULT_MAX_CHARS} characters and {@link #DEFAULT_MAX_TAGS} start tags
 * are parsed (cut at a tag boundary, noted in {@link ExtractedPage#removedBlocks()}), gzip input inflates
 * to at most {@link #DEFAULT_MAX_INFLATED_BYTES}, and every pass over the tree is iterative. Real news
 * pages stay far below those bounds (the largest benchmark page has about 1,600 tags once scripts are
 * gone); a 10 MB page of any shape is handled in well under a second.
 *
 * <p>A page is reported as having no article ({@code hasArticle() == false}, with a {@code reason})
 * when fewer than {@link #DEFAULT_MIN_ARTICLE_WORDS} words of body text remain, unless the page declares itself a dated
 * article (Open Graph type "article" or a schema.org article with its date) and at least ten words remain: a short
 * post is still a post. A page whose metadata declares something other than news (a product, a recipe:
 * {@link NonNewsPages}) keeps its text but has no article, and the reason says what it is.
 *
 * <p>Instances are immutable and thread-safe; the {@code with...} methods return adjusted copies.
 */
public final class HtmlArticleExtractor {

    /** Default bound on the characters parsed after the pre-pass. */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;
    /** Default bound on the start tags parsed after the pre-pass. */
    public static final int DEFAULT_MAX_TAGS = 50_000;
    /** Default bound on the bytes a gzip input may inflate to. */
    public static final int DEFAULT_MAX_INFLATED_BYTES = 64 * 1024 * 1024;
    /** Fewest words of a short post on a page that declares itself a dated article ({@link #isShortPost}). */
    static final int MIN_SHORT_POST_WORDS = 10;
    /** Default minimum number of words for a page to count as an article. */
    public static final int DEFAULT_MIN_ARTICLE_WORDS = 25;
    /** Why a home page or section front is no article ({@link StoryList}). */
    public static final String LIST_OF_STORIES = "a list of stories (a home page or section front), not an article";
    /**
     * Why a page of teasers for other sites' articles (an aggregator's story page, {@link OtherSitesList}) is no article:
     * the number of articles and of sites; the links themselves are in {@link ExtractedPage#links()}.
     */
    public static final String LIST_OF_LINKS = "a list of links to %d other articles (on %d sites), not an article";
    /**
     * What the reason of a page that declares itself no news says ({@link NonNewsPages}): such a page keeps its text,
     * the one case of no article with paragraphs.
     */
    public static final String NOT_NEWS = "not a news article";

    private final int maxChars;
    private final int maxTags;
    private final int maxInflatedBytes;
    private final int minArticleWords;

    /** An extractor with the default limits. */
    public HtmlArticleExtractor() {
        this(DEFAULT_MAX_CHARS, DEFAULT_MAX_TAGS, DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MIN_ARTICLE_WORDS);
    }

    private HtmlArticleExtractor(int maxChars, int maxTags, int maxInflatedBytes, int minArticleWords) {
        this.maxChars = positive(maxChars, "maxChars");
        this.maxTags = positive(maxTags, "maxTags");
        this.maxInflatedBytes = positive(maxInflatedBytes, "maxInflatedBytes");
        this.minArticleWords = Math.max(0, minArticleWords);
    }

    /** A copy that parses at most {@code maxChars} characters of markup (scripts and styles not counted). */
    public HtmlArticleExtractor withMaxChars(int maxChars) {
        return new HtmlArticleExtractor(maxChars, maxTags, maxInflatedBytes, minArticleWords);
    }

    /** A copy that parses at most {@code maxTags} start tags. */
    public HtmlArticleExtractor withMaxTags(int maxTags) {
        return new HtmlArticleExtractor(maxChars, maxTags, maxInflatedBytes, minArticleWords);
    }

    /** A copy that inflates gzip input to at most {@code maxBytes} bytes. */
    public HtmlArticleExtractor withMaxInflatedBytes(int maxBytes) {
        return new HtmlArticleExtractor(maxChars, maxTags, maxBytes, minArticleWords);
    }

    /** A copy that needs at least {@code words} words of body text to report an article. */
    public HtmlArticleExtractor withMinArticleWords(int words) {
        return new HtmlArticleExtractor(maxChars, maxTags, maxInflatedBytes, words);
    }

    /**
     * Extracts from raw bytes: gzip input is inflated, and the charset is detected by
     * {@link CharsetSniffer} (byte-order mark, declaration in the first bytes, else UTF-8 or windows-1252).
     *
     * @throws ExtractionException if the bytes are a gzip stream too damaged to yield anything
     */
    public ExtractedPage extract(byte[] bytes, String url) {
        if (bytes == null || bytes.length == 0) {
            return extract("", url);
        }
        List<String> notes = new ArrayList<>();
        byte[] raw = bytes;
        if (GzipInput.isGzip(bytes)) {
            boolean[] truncated = new boolean[1];
            raw = GzipInput.inflate(bytes, maxInflatedBytes, truncated);
            if (truncated[0]) {
                notes.add(String.format(Locale.ROOT, "gzip input cut at %,d inflated bytes", raw.length));
            }
        }
        if (DecodedText.looksBinary(raw)) {
            // an image or archive saved under a page's name: decoded, its bytes would read as thousands of "words"
            return new ExtractedPage(null, null, null, PageAddress.outletHost(url), List.of(), false, DecodedText.whyBinary(raw), notes,
                    null);
        }
        CharsetSniffer.Detection charset = CharsetSniffer.detect(raw);
        String html = CharsetSniffer.decode(raw, charset);
        return extract(html, url, notes);
    }

    /** Extracts from markup that is already text; {@code url} (nullable) helps with date and outlet. */
    public ExtractedPage extract(String html, String url) {
        return extract(html, url, List.of());
    }

    private ExtractedPage extract(String html, String url, List<String> inputNotes) {
        try {
            return extractGuarded(html, url, inputNotes);
        } catch (RuntimeException | StackOverflowError e) {
            // A page the rules below did not foresee must cost only itself: callers see "no article" and the reason.
            return new ExtractedPage(null, null, null, PageAddress.outletHost(url), List.of(), false,
                    "extraction failed (" + FailureNote.describe(e) + ")", inputNotes, null);
        }
    }

    private ExtractedPage extractGuarded(String html, String url, List<String> inputNotes) {
        RemovalLog log = new RemovalLog();
        inputNotes.forEach(log::note);
        if (html == null || html.isBlank()) {
            return new ExtractedPage(null, null, null, PageAddress.outletHost(url), List.of(), false, "empty input",
                    log.entries(), null);
        }
        MarkupSlimmer.SlimMarkup slim = new MarkupSlimmer(maxChars, maxTags).slim(html);
        slim.notes().forEach(log::note);
        Document doc = parse(slim.html(), url == null ? "" : url, log);
        JsonLdFacts jsonLd = readJsonLd(slim.jsonLd(), log);
        PageMetadata meta = readMetadata(doc, jsonLd, url, log);
        if (StoryList.isList(doc, jsonLd, meta)) {
            return new ExtractedPage(meta.title(), meta.published(), meta.author(), meta.outlet(), List.of(), false,
                    LIST_OF_STORIES, log.entries(), meta.updated());
        }
        String address = MetadataReader.pageUrl(doc, MetaTags.of(doc), url);
        // a page that declares itself a dated article is one, whatever teasers for other sites it carries
        // and a read-later export (Pocket's, Instapaper's) is bare links to other sites' articles, no text of its own
        java.util.Optional<List<String>> teasers = declaresArticle(doc, jsonLd, meta) ? java.util.Optional.empty()
                : OtherSitesList.links(doc.body(), address).or(() -> BareLinkLists.links(doc.body(), address));
        if (teasers.isPresent()) {
            teasers.get().forEach(link -> log.note("a teaser's link to another site's article: " + link));
            return new ExtractedPage(meta.title(), meta.published(), meta.author(), meta.outlet(), List.of(), false,
                    otherSitesReason(teasers.get()), log.entries(), meta.updated(), null, null, teasers.get());
        }
        Element root = doc.body() != null ? doc.body() : doc;
        List<String> names = storyNames(doc, jsonLd, meta);
        AppendedStories.keepOwn(root, names, address, log);
        PaywallCut.cut(root, jsonLd.paywalledSelectors(), log);
        if (jsonLd.liveBlog()) {
            LiveBlogUpdates.inTimeOrder(root, log);
        }
        String base = url == null ? "" : url;
        List<String> paragraphs = new ArticleBodyFinder(minArticleWords).find(root, () -> {
            Document again = parse(slim.html(), base, new RemovalLog());
            Element fresh = again.body() != null ? again.body() : again;
            AppendedStories.keepOwn(fresh, names, address, new RemovalLog());
            PaywallCut.cut(fresh, jsonLd.paywalledSelectors(), new RemovalLog());
            if (jsonLd.liveBlog()) {
                LiveBlogUpdates.inTimeOrder(fresh, new RemovalLog());
            }
            return fresh;
        }, jsonLd, meta, log);
        paragraphs = LineBreaks.paragraphs(DeclaredFullText.fuller(paragraphs, jsonLd, log));
        int words = wordCount(paragraphs);
        if (words < Math.max(1, minArticleWords) && !slim.pageData().isEmpty()) {
            // a page its script renders: the shell shows nothing, the data handed to the script holds the article
            List<String> data = HydrationText.article(slim.pageData());
            int dataWords = wordCount(data);
            if (dataWords >= Math.max(1, minArticleWords) && dataWords > words) {
                log.note("the page shows no article; read the longest run of prose in the data its script renders ("
                        + dataWords + " words)");
                paragraphs = LineBreaks.paragraphs(new ArrayList<>(data));
                words = dataWords;
            }
        }
        if (words < Math.max(1, minArticleWords) && !isShortPost(words, doc, jsonLd, meta)) {
            String reason = paragraphs.isEmpty() ? "no running text found on the page"
                    : "too little running text for an article (" + words + " words)";
            paragraphs.forEach(p -> log.text(p, "not enough for an article"));
            return new ExtractedPage(meta.title(), meta.published(), meta.author(), meta.outlet(), List.of(), false,
                    reason, log.entries(), meta.updated());
        }
        if (ConsentWalls.isWall(paragraphs)) {
            // The page saved is the consent dialog shown before the article, not the article.
            paragraphs.forEach(p -> log.text(p, "consent wall"));
            return new ExtractedPage(meta.title(), meta.published(), meta.author(), meta.outlet(), List.of(), false,
                    "a cookie-consent wall, not an article", log.entries(), meta.updated());
        }
        // a shop's product or a recipe is still extracted (its text is the page's), but it is no news article
        java.util.Optional<String> notNews = NonNewsPages.why(doc, jsonLd);
        return new ExtractedPage(meta.title(), meta.published(), meta.author(), meta.outlet(), paragraphs,
                notNews.isEmpty(), notNews.orElse(null), log.entries(), meta.updated(),
                MetaTags.of(doc).first("article:section", "og:article:section", "articlesection"), ArticleTypes.declared(doc, jsonLd),
                List.of(), ReaderViews.original(doc, url).orElse(null));
    }

    /** Why a page of teasers for other sites' articles is none itself, with how many it links to and where. */
    private static String otherSitesReason(List<String> links) {
        long hosts = links.stream().map(PageAddress::outletHost).distinct().count();
        return String.format(Locale.ROOT, LIST_OF_LINKS, links.size(), hosts);
    }

    /** What the page says it is: its cleaned title, HTML title, Open Graph, Twitter and JSON-LD headlines. */
    private static List<String> storyNames(Document doc, JsonLdFacts jsonLd, PageMetadata meta) {
        MetaTags tags = MetaTags.of(doc);
        List<String> names = new ArrayList<>();
        names.add(meta.title());
        names.add(doc.title());
        names.add(tags.first("og:title"));
        names.add(tags.first("twitter:title"));
        names.add(jsonLd.headline());
        return names;
    }

    /**
     * Whether a short text is still the page's article: a page that declares itself an article (Open Graph type
     * "article" or a schema.org article with its publication date) and says when it was published is a post, however
     * short; pages without an article (errors, lists, stubs) rarely declare one.
     */
    private boolean isShortPost(int words, Document doc, JsonLdFacts jsonLd, PageMetadata meta) {
        return words >= Math.min(minArticleWords, MIN_SHORT_POST_WORDS) && declaresArticle(doc, jsonLd, meta);
    }

    /**
     * Whether the page declares itself a dated article: Open Graph type "article" or a schema.org article with its
     * publication date, and a publication date found.
     */
    private static boolean declaresArticle(Document doc, JsonLdFacts jsonLd, PageMetadata meta) {
        if (meta.published() == null) {
            return false;
        }
        Element ogType = doc.selectFirst("meta[property=og:type]");
        return jsonLd.datePublished() != null || ogType != null && ogType.attr("content").equalsIgnoreCase("article");
    }

    /** JSON-LD is only a helper: when it cannot be read the page is extracted without it. */
    private static JsonLdFacts readJsonLd(List<String> blocks, RemovalLog log) {
        try {
            return JsonLdFacts.read(blocks);
        } catch (RuntimeException | StackOverflowError e) {
            log.note("JSON-LD ignored (" + FailureNote.describe(e) + ")");
            return JsonLdFacts.NONE;
        }
    }

    /** Metadata that cannot be read costs the metadata, not the article text. */
    private static PageMetadata readMetadata(Document doc, JsonLdFacts jsonLd, String url, RemovalLog log) {
        try {
            return MetadataReader.read(doc, jsonLd, url);
        } catch (RuntimeException | StackOverflowError e) {
            log.note("metadata ignored (" + FailureNote.describe(e) + ")");
            return new PageMetadata(null, null, null, PageAddress.outletHost(url), null);
        }
    }

    /**
     * The page's tree. jsoup's HTML tree builder rearranges misnested formatting tags as browsers do, and on some
     * broken markup it fails inside that repair; the page is then read as a plain tree of its tags (the XML parser,
     * names lower-cased), which keeps its paragraphs for the rules below instead of losing the page.
     */
    static Document parse(String page, String base, RemovalLog log) {
        String html = RunawayTagNames.escape(page);
        try {
            return Jsoup.parse(html, base);
        } catch (RuntimeException e) {
            log.note("HTML tree builder failed (" + FailureNote.describe(e) + "); read as a plain tree of tags");
            Document plain = Jsoup.parse(html, base, Parser.xmlParser().settings(ParseSettings.htmlDefault));
            Document doc = Document.createShell(base);
            List<Node> nodes = new ArrayList<>(plain.childNodes());
            nodes.forEach(Node::remove);
            doc.body().appendChildren(nodes);
            return doc;
        }
    }

    static int wordCount(List<String> paragraphs) {
        int words = 0;
        for (String p : paragraphs) {
            boolean inWord = false;
            int unspaced = 0;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (TextNormalizer.isLetterOrDigit(c)) {
                    if (TextNormalizer.isUnspacedScript(c)) {
                        unspaced++;
                        inWord = false;
                    } else if (!inWord) {
                        words++;
                        inWord = true;
                    }
                } else {
                    inWord = false;
                }
            }
            words += unspaced / 2;
        }
        return words;
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
