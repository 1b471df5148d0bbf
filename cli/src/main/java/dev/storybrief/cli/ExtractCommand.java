package dev.storybrief.cli;

import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.ingest.html.ExtractedPage;
import dev.storybrief.ingest.html.ExtractionException;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
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

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<page-folder-or-url>",
            description = ".html, .htm or .html.gz files; folders are read recursively; http(s) URLs are fetched.")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    UrlOptions urlOptions = new UrlOptions();

    /** A page to extract: a saved file, or a URL to fetch. */
    private record Page(Path path, String url) {
        @Override
        public String toString() {
            return path != null ? path.toString() : url;
        }
    }

    @Option(names = "--format", description = "text, json or jsonl (default: text for one page, jsonl for several).")
    String format;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Page> pages = pages();
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : pages.size() == 1 ? "text" : "jsonl";
        if (!List.of("text", "json", "jsonl").contains(chosen)) {
            throw new IllegalArgumentException("unknown format \"" + format + "\" (use text, json or jsonl)");
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> all = new ArrayList<>();
        int extracted = 0;
        // a lone page's problem is the error itself, one line, not a warning followed by "no article text"
        List<String> problems = new ArrayList<>();
        Consumer<String> problem = pages.size() == 1 ? problems::add : this::warn;
        UrlArticles web = pages.stream().anyMatch(p -> p.url() != null) ? new UrlArticles(urlOptions.policy()) : null;
        for (Page page : pages) {
            byte[] bytes = page.url() == null ? read(page.path(), problem) : fetch(web, page.url(), problem);
            if (bytes == null) {
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
            if (!result.hasArticle()) {
                problem.accept(page + ": no article text (" + result.reason() + ")");
            } else {
                extracted++;
            }
            Map<String, Object> row = row(page, result);
            switch (chosen) {
                case "jsonl" -> out.println(JsonOutput.LINES.writeValueAsString(row));
                case "json" -> all.add(row);
                default -> out.print(text(page, result, pages.size() > 1));
            }
        }
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
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(ExtractCommand::isPage).sorted()
                            .forEach(p -> pages.add(new Page(p, null)));
                }
            } else if (!Files.exists(input)) {
                skipped.add(input + ": no such file or folder");
            } else if (SourceFormat.of(input).filter(f -> f != SourceFormat.HTML).isPresent()) {
                // a text or JSON Lines file is an article already: parsed as a page, its lines would run together
                skipped.add(input + ": skipped, not a web page (extract reads .html, .htm and .html.gz; brief and "
                        + "stories read .txt and .jsonl)");
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
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
    }

    private static byte[] fetch(UrlArticles web, String url, Consumer<String> problem)
            throws InterruptedException {
        try {
            return web.fetchHtml(url).body();
        } catch (dev.storybrief.fetch.FetchException e) {
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
        return row;
    }

    private static String text(Page page, ExtractedPage result, boolean several) {
        StringBuilder sb = new StringBuilder();
        if (several) {
            sb.append("==> ").append(page).append(" <==\n");
        }
        sb.append(result.title() == null ? "(no title)" : result.title()).append('\n');
        List<String> meta = new ArrayList<>();
        if (result.outlet() != null) {
            meta.add(result.outlet());
        }
        if (result.author() != null) {
            meta.add("by " + result.author());
        }
        if (result.published() != null) {
            meta.add(result.published());
        }
        if (result.updated() != null) {
            meta.add("updated " + result.updated());
        }
        if (!meta.isEmpty()) {
            sb.append(String.join(" | ", meta)).append('\n');
        }
        sb.append('\n').append(result.text()).append("\n\n");
        return sb.toString();
    }

    private void warn(String message) {
        spec.commandLine().getErr().println("storybrief: " + message);
    }
}
