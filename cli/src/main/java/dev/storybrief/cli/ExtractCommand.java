package dev.storybrief.cli;

import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.clean.LooseDate;
import dev.storybrief.fetch.FetchException;
import dev.storybrief.fetch.FetchResult;
import dev.storybrief.fetch.WebPages;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SavedPageResources;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.ingest.feed.Syndication;
import dev.storybrief.ingest.html.ExtractedPage;
import dev.storybrief.ingest.html.ExtractionException;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import dev.storybrief.model.Article;
import dev.storybrief.util.FailureNote;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storybrief extract}: the main article of saved web pages, with title, date, author and outlet. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article (text, title, date, author, outlet) from saved web pages.")
final class ExtractCommand implements Callable<Integer> {
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Where a date {@code --date} gave comes from, as brief's JSON names it. */
    private static final String DATE_OPTION = "--date";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<page-folder-or-url>",
            description = ".html, .htm or .html.gz files; feed files (RSS, Atom, JSON Feed: each item an article); "
                    + "text and JSON Lines files (each document as brief reads it); folders are read recursively "
                    + "(their pages and feeds); http(s) URLs are fetched (a URL that answers with a feed gives its "
                    + "items).")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    UrlOptions urlOptions = new UrlOptions();

    /**
     * A page to extract: a saved file, or a URL to fetch; {@code document} when the file is an input brief reads as
     * documents, not a page (text, JSON Lines, a JSON Feed).
     */
    private record Page(Path path, String url, boolean document) {
        Page(Path path, String url) {
            this(path, url, false);
        }

        @Override
        public String toString() {
            return path != null ? path.toString() : url;
        }
    }

    @Option(names = "--format", description = "text, json or jsonl (default: text for one page, jsonl for several).")
    String format;

    @Option(names = "--date", paramLabel = DateOption.LABEL, description = DateOption.HELP)
    List<String> dates = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        // read first, as brief reads it: a value that is no date is the error before any page is read
        DateOption.Given given = DateOption.parse(dates);
        List<Page> pages = pages();
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : pages.size() == 1 ? "text" : "jsonl";
        if (!List.of("text", "json", "jsonl").contains(chosen)) {
            throw new IllegalArgumentException("unknown format \"" + format + "\" (use text, json or jsonl)");
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> all = new ArrayList<>();
        int extracted = 0;
        java.util.Set<String> ids = new java.util.HashSet<>();
        // a lone page's problem is the error itself, one line, not a warning followed by "no article text"
        List<String> problems = new ArrayList<>();
        Consumer<String> problem = pages.size() == 1 ? problems::add : this::warn;
        UrlArticles web = pages.stream().anyMatch(p -> p.url() != null) ? new UrlArticles(urlOptions.policy()) : null;
        for (Page page : pages) {
            if (page.document()) {
                // an article already (text, JSON Lines, a JSON Feed): its documents as brief reads them, never parsed
                // as a page, whose markup rules would run its lines together
                List<Map<String, Object>> rows = feedRows(page.path(), problem, given, ids);
                extracted += print(rows, chosen, out, all, pages.size() > 1 || rows.size() > 1);
                continue;
            }
            FetchResult answer = page.url() == null ? null : fetch(web, page.url(), problem);
            byte[] bytes = page.url() == null ? read(page.path(), problem) : answer == null ? null : answer.body();
            if (bytes == null) {
                continue;
            }
            if (Syndication.isFeed(bytes)) {
                // a feed is its items, each an article: listed as brief and stories read them
                List<String> feedProblems = new ArrayList<>();
                List<Map<String, Object>> rows = answer == null ? feedRows(page.path(), feedProblems::add, given, ids)
                        : fetchedFeedRows(web, answer, feedProblems::add, given, ids);
                // items left out are warnings beside the items read; with none read, the file's problem is the error
                feedProblems.forEach(rows.isEmpty() ? problem : this::warn);
                extracted += print(rows, chosen, out, all, true);
                continue;
            }
            ExtractedPage result;
            try {
                result = extractor.extract(bytes, page.url());
            } catch (RuntimeException | StackOverflowError e) {
                // One page the extractor cannot read (a corrupt gzip stream, an unforeseen shape) costs itself only.
                problem.accept(page + ": skipped, cannot extract (" + (e instanceof ExtractionException
                        ? e.getMessage() : FailureNote.describe(e)) + ")");
                continue;
            }
            if (!result.links().isEmpty()) {
                // a list of other articles: what it is, and its links to read on, are the answer (the row shows them)
                warn(page + ": " + result.reason() + "; its links are listed, to extract or brief as URLs");
                extracted++;
            } else if (!result.hasArticle()) {
                // a product or recipe page has text, but no news: the reason says what the page is
                problem.accept(page + (result.paragraphs().isEmpty() ? ": no article text (" + result.reason() + ")"
                        : ": " + result.reason()));
            } else {
                extracted++;
            }
            String id = page.path() != null ? SourceFormat.idOf(page.path()) : UrlArticles.nameOf(page.url());
            ids.add(id);
            print(List.of(dated(row(page, result), given.of(id))), chosen, out, all, pages.size() > 1);
        }
        // an id no page has: said as brief says it, a typo would otherwise leave the date silently unused
        given.byId().keySet().stream().filter(id -> !ids.contains(id)).sorted()
                .forEach(id -> warn(dev.storybrief.Storybrief.unknownDateId(id)));
        if (chosen.equals("json")) {
            Object value = all.size() == 1 ? all.get(0) : all;
            out.println(JsonOutput.INDENTED.writeValueAsString(value));
        }
        out.flush();
        if (extracted == 0) {
            throw new IllegalStateException(problems.isEmpty() ? "no article text in " + pages.size() + " page(s)"
                    : problems.get(0));
        }
        return 0;
    }

    private List<Page> pages() throws IOException {
        List<Page> pages = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String argument : inputs) {
            if (UrlArticles.isUrl(argument)) {
                pages.add(new Page(null, argument.strip()));
                continue;
            }
            Path input = Path.of(argument);
            if (Files.isDirectory(input)) {
                java.util.Set<Path> resources = new java.util.TreeSet<>();
                try (Stream<Path> walk = Files.walk(input)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                        Optional<Path> frames = SavedPageResources.resourceFolder(p, input);
                        if (frames.isPresent()) {
                            // a saved page's frames (an advert, a widget) are no articles: left out as brief does
                            resources.add(frames.get());
                        } else if (isPage(p)) {
                            pages.add(new Page(p, null));
                        } else if (isArchive(p)) {
                            pages.add(new Page(p, null, true));
                        }
                    }
                }
                resources.forEach(folder -> skipped.add(folder + ": " + SavedPageResources.NOT_READ));
            } else if (!Files.exists(input)) {
                skipped.add(input + ": no such file or folder");
            } else if (isArchive(input) || SourceFormat.of(input)
                    .filter(f -> f != SourceFormat.HTML && f != SourceFormat.FEED).isPresent() && !startsAsFeed(input)) {
                pages.add(new Page(input, null, true));
            } else {
                pages.add(new Page(input, null));
            }
        }
        if (pages.isEmpty()) {
            String none = "no .html, .htm or .html.gz page in " + inputs;
            throw new IllegalStateException(skipped.size() == 1 ? skipped.get(0)
                    : skipped.isEmpty() ? none : none + " (" + String.join("; ", skipped) + ")");
        }
        skipped.forEach(this::warn);
        return pages;
    }

    private static boolean isPage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz")
                || SourceFormat.of(p).filter(f -> f == SourceFormat.FEED).isPresent();
    }

    /**
     * Whether a file holds pages in a container the extractor does not open (a page saved as MHTML, a zip or WARC of
     * pages, an e-mail): read as brief reads it, its pages as documents.
     */
    private static boolean isArchive(Path p) {
        return InputReader.readsName(p) && SourceFormat.of(p).isEmpty();
    }

    /** Whether a file named like text holds a feed (its first bytes are enough to tell). */
    private static boolean startsAsFeed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Syndication.isFeed(in.readNBytes(4096));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * One row per item of a feed file, or per document of a text, JSON Lines or JSON Feed file, read as brief reads it;
     * the file's problems go to {@code problem}.
     */
    private static List<Map<String, Object>> feedRows(Path feed, Consumer<String> problem, DateOption.Given given,
                                                      java.util.Set<String> ids) {
        return feedRows(feed.toString(), new InputReader(MAX_FILE_BYTES).read(List.of(feed)), problem, given, ids);
    }

    /** One row per item of a fetched feed, read as brief reads it (teasers from their pages). */
    private static List<Map<String, Object>> fetchedFeedRows(UrlArticles web, FetchResult feed,
                                                             Consumer<String> problem, DateOption.Given given,
                                                             java.util.Set<String> ids) throws InterruptedException {
        try {
            return feedRows(feed.requested().toString(), web.feedItems(feed, new InputReader(MAX_FILE_BYTES)), problem,
                    given, ids);
        } catch (FetchException e) {
            problem.accept("skipped " + e.line());
            return List.of();
        }
    }

    /**
     * One row per item, its text as brief reads it: an item's HTML is no page the extractor prunes, so the clean stage
     * takes out what a feed appends to its items (the "appeared first on" footer, share rows, captions, related links,
     * newsletter appeals), and extract shows the text that is briefed. A {@code --date} dates its documents as brief
     * dates them: before the others are inferred from them.
     */
    private static List<Map<String, Object>> feedRows(String feed, Ingested read, Consumer<String> problem,
                                                      DateOption.Given given, java.util.Set<String> ids) {
        read.problems().forEach(p -> problem.accept(p.line()));
        List<Map<String, Object>> rows = new ArrayList<>();
        ArticleCleaner cleaner = new ArticleCleaner();
        List<RawDocument> docs = read.documents();
        List<Article> cleaned = docs.stream().map(cleaner::clean).map(a -> given.of(a.id()) == null ? a
                : a.withPublished(given.of(a.id()), DATE_OPTION)).toList();
        docs.forEach(doc -> ids.add(doc.id()));
        // the date shown is the one brief gives the document (a text's date line, a lead's day), with where it came from
        List<Article> dated = BriefDates.of(cleaned);
        for (int i = 0; i < docs.size(); i++) {
            RawDocument doc = docs.get(i);
            Article article = cleaned.get(i);
            Article briefed = dated.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", feed + "#" + doc.id());
            row.put("title", article.title());
            String published = given.of(doc.id()) != null ? null : doc.meta(MetaKey.PUBLISHED);
            if (published != null && LooseDate.stated(published).isEmpty()) {
                // a pubDate no reading makes a date ("not a date"): said, as brief says it, never shown as the date
                problem.accept("warning " + feed + "#" + doc.id() + ": its date \"" + published
                        + "\" is not a date; read as undated");
                published = null;
            }
            // a feed's own stamp is shown as it wrote it (its time and offset); any other date as brief gives it
            row.put("published", published != null ? published
                    : briefed.published() == null ? null : briefed.published().toString());
            row.put("dateOrigin", briefed.dateOrigin());
            row.put("outlet", article.outlet());
            row.put("author", article.author());
            row.put("text", String.join("\n\n", article.paragraphs()));
            row.put("hasArticle", true);
            rows.add(row);
        }
        return rows;
    }

    /** What a URL holds, a page or a feed; null, with its problem told, when it is neither or cannot be fetched. */
    private static FetchResult fetch(UrlArticles web, String url, Consumer<String> problem)
            throws InterruptedException {
        try {
            FetchResult answer = web.fetchInput(url);
            if (!Syndication.isFeed(answer.body())) {
                WebPages.requirePage(answer);
            }
            return answer;
        } catch (FetchException e) {
            problem.accept("skipped " + e.line());
            return null;
        }
    }

    private static byte[] read(Path page, Consumer<String> problem) {
        try {
            if (Files.size(page) > MAX_FILE_BYTES) {
                problem.accept(page + ": skipped, larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                return null;
            }
            if (!page.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                return Files.readAllBytes(page);
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                return in.readNBytes((int) MAX_FILE_BYTES);
            }
        } catch (IOException e) {
            problem.accept(page + ": skipped, cannot read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            return null;
        }
    }

    /** Writes the rows in the chosen format ({@code json} rows are gathered and written at the end); their count. */
    private static int print(List<Map<String, Object>> rows, String format, PrintWriter out,
                             List<Map<String, Object>> all, boolean several) throws IOException {
        for (Map<String, Object> row : rows) {
            switch (format) {
                case "jsonl" -> out.println(JsonOutput.LINES.writeValueAsString(row));
                case "json" -> all.add(row);
                default -> out.print(text(row, several));
            }
        }
        return rows.size();
    }

    private static Map<String, Object> row(Page page, ExtractedPage result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", page.toString());
        row.put("title", result.title());
        row.put("published", result.published());
        if (result.updated() != null) {
            row.put("updated", result.updated());
        }
        row.put("outlet", result.outlet());
        row.put("author", result.author());
        row.put("text", result.text());
        row.put("hasArticle", result.hasArticle());
        if (result.reason() != null) {
            row.put("reason", result.reason());
        }
        if (!result.links().isEmpty()) {
            row.put("links", result.links());
        }
        return row;
    }

    /** A page's row with the date {@code --date} gives it, when it gives one: brief's date of that page. */
    private static Map<String, Object> dated(Map<String, Object> row, java.time.LocalDate date) {
        if (date != null) {
            row.put("published", date.toString());
            row.put("dateOrigin", DATE_OPTION);
        }
        return row;
    }

    private static String text(Map<String, Object> row, boolean several) {
        StringBuilder sb = new StringBuilder();
        if (several) {
            sb.append("==> ").append(row.get("path")).append(" <==\n");
        }
        sb.append(row.get("title") == null ? "(no title)" : row.get("title")).append('\n');
        List<String> meta = new ArrayList<>();
        if (row.get("outlet") != null) {
            meta.add(row.get("outlet").toString());
        }
        if (row.get("author") != null) {
            meta.add("by " + row.get("author"));
        }
        if (row.get("published") != null) {
            // where a document's date came from, as brief's JSON names it ("text", "text: the lead's day ...")
            meta.add(row.get("published") + (row.get("dateOrigin") == null ? "" : " (" + row.get("dateOrigin") + ")"));
        }
        if (row.get("updated") != null) {
            meta.add("updated " + row.get("updated"));
        }
        if (!meta.isEmpty()) {
            sb.append(String.join(" | ", meta)).append('\n');
        }
        if (row.get("links") instanceof List<?> links) {
            // one address a line, so the list can be handed on as it is ("extract page.html | grep ^http")
            String reason = row.get("reason").toString();
            sb.append('\n').append(Character.toUpperCase(reason.charAt(0))).append(reason.substring(1))
                    .append(". The articles it links to:\n");
            links.forEach(link -> sb.append(link).append('\n'));
            return sb.append('\n').toString();
        }
        sb.append('\n').append(row.get("text")).append("\n\n");
        return sb.toString();
    }

    private void warn(String message) {
        spec.commandLine().getErr().println("storybrief: " + message);
    }
}
