package dev.storybrief.cli;

import dev.storybrief.NothingToBriefException;
import dev.storybrief.Storybrief;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.render.AnnotationJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storybrief annotate}: every annotation of every document, one JSON line each, with offsets. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Annotate documents: sentences, entities, temporal expressions, quotes and quantities, "
                + "one JSON line per document, with character offsets.",
                "A .jsonl line {\"id\",\"date\",\"text\"} is annotated exactly as given; a .txt or .html file is "
                        + "cleaned first and its line carries the cleaned \"text\" the offsets refer to."})
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<folder-file-or-url>",
            description = "Documents: .jsonl (one {\"id\",\"date\",\"text\"} a line, or clusters), .txt, .html; "
                    + "folders are read recursively; http(s) URLs are fetched.")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    UrlOptions urlOptions = new UrlOptions();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (the only format; default).")
    String format;

    @Option(names = "--language", paramLabel = LanguageOption.LABEL, description = LanguageOption.HELP)
    String language;

    @Option(names = "--date", paramLabel = DateOption.LABEL, description = DateOption.HELP)
    List<String> dates = new ArrayList<>();

    @Option(names = "--max-bytes", defaultValue = "" + InputReader.DEFAULT_MAX_BYTES,
            description = "Skip input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws InterruptedException {
        if (!format.equals("jsonl")) {
            throw new IllegalArgumentException("--format " + format + ": annotate writes jsonl only");
        }
        InputReader reader = new InputReader(maxBytes);
        Storybrief.Builder builder = Storybrief.builder().reader(reader);
        DateOption.apply(builder, dates);
        LanguageOption.apply(builder, language);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // files and URLs read as brief reads them (the same fetcher, --allow-private for local pages)
        List<String> urls = UrlArticles.urls(inputs);
        Ingested read = urls.isEmpty() ? reader.read(UrlArticles.paths(inputs))
                : UrlArticles.both(reader.read(UrlArticles.paths(inputs)), new UrlArticles(urlOptions.policy()).read(urls, reader));
        int done = builder.build().annotate(read,
                doc -> out.println(AnnotationJson.line(doc, !isGivenText(doc))),
                warning -> err.println("storybrief: " + warning));
        out.flush();
        if (done == 0) {
            throw new NothingToBriefException("no readable document in " + NothingToBriefException.named(inputs), List.of());
        }
        return 0;
    }

    /** A JSON Lines document is annotated as given: the reader has its text already, so the line leaves it out. */
    private static boolean isGivenText(AnalyzedArticle doc) {
        Path path = doc.article().path();
        return path != null && SourceFormat.of(path).filter(f -> f == SourceFormat.JSON_LINES).isPresent();
    }
}
