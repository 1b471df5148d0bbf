package dev.storybrief.ingest;

import dev.storybrief.ingest.html.ExtractedPage;
import dev.storybrief.ingest.html.ExtractionException;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import dev.storybrief.util.FailureNote;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a saved web page: the main article text and the page's own metadata, through {@link HtmlArticleExtractor}. */
final class HtmlReader {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    /** The page as a raw document, or a problem when it holds no article text. */
    ReadOutcome read(Path path, byte[] bytes) {
        return read(SourceFormat.idOf(path), path, null, bytes);
    }

    /**
     * A page saved at {@code path} or fetched from {@code url} (either may be null) as a raw document named
     * {@code id}, or a problem when it holds no article text.
     */
    ReadOutcome read(String id, Path path, String url, byte[] bytes) {
        ExtractedPage page;
        try {
            page = extractor.extract(bytes, url);
        } catch (RuntimeException | StackOverflowError e) {
            // A corrupt gzip stream, or a page the extractor did not foresee: this page is skipped, the batch goes on.
            String where = path == null && url != null ? url + ": " : "";
            return ReadOutcome.problem(new InputProblem(path, where + "HTML page cannot be read ("
                    + (e instanceof ExtractionException ? e.getMessage() : FailureNote.describe(e)) + ")", true));
        }
        if (!page.hasArticle() || page.paragraphs().isEmpty()) {
            String why = page.reason() == null ? "no article text found in the page" : page.reason();
            String where = path == null && url != null ? url + ": " : "";
            // a page that declares itself a product or a recipe has text, but none of it is news
            String what = page.paragraphs().isEmpty() ? "HTML page has no article text (" + why + ")"
                    : "HTML page is " + why;
            return ReadOutcome.problem(new InputProblem(path, where + what, true));
        }
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        putIfPresent(meta, MetaKey.TITLE, page.title());
        putIfPresent(meta, MetaKey.OUTLET, page.outlet());
        putIfPresent(meta, MetaKey.AUTHOR, page.author());
        if (page.published() != null) {
            meta.put(MetaKey.PUBLISHED, page.published());
            meta.put(MetaKey.PUBLISHED_ORIGIN, "HTML metadata");
        }
        putIfPresent(meta, MetaKey.UPDATED, page.updated());
        // a reader view's own address (a file, read://...) is the view's: the article's is the original it shows
        putIfPresent(meta, MetaKey.URL, page.original() != null ? page.original() : url);
        putIfPresent(meta, MetaKey.SECTION, page.section());
        putIfPresent(meta, MetaKey.SCHEMA_TYPE, page.schemaType());
        String text = String.join("\n\n", page.paragraphs());
        return ReadOutcome.of(List.of(new RawDocument(id, path, SourceFormat.HTML, text, meta)));
    }

    private static void putIfPresent(Map<MetaKey, String> meta, MetaKey key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }
}
