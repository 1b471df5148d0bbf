package dev.storybrief.cli;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.model.Briefing;
import dev.storybrief.render.Renderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storybrief brief}: briefs a folder or files of articles about one story. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Brief the articles about one story: summary with sources.")
final class BriefCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<folder-file-or-url>",
            description = "Articles: .txt (first line may be the headline), .md, .html/.htm, .mhtml, .eml, .jsonl, a .json export, feeds (any gzipped); folders are read recursively; http(s) URLs are fetched.")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    UrlOptions urlOptions = new UrlOptions();

    @Option(names = "--words", defaultValue = "120", description = "Summary length budget in words (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the briefing to FILE instead of standard output.")
    Path out;

    @Option(names = "--explain", description = "Also list what was removed as boilerplate, and why.")
    boolean explain;

    @Option(names = "--language", paramLabel = LanguageOption.LABEL, description = LanguageOption.HELP)
    String language;

    @Option(names = "--date", paramLabel = DateOption.LABEL, description = DateOption.HELP)
    List<String> dates = new ArrayList<>();

    @Option(names = "--cluster", paramLabel = "ID", description = "The cluster to brief when a .jsonl file holds several (loose files beside one cluster are briefed with it unless this names it).")
    String cluster;

    @Option(names = "--verbatim", description = "Keep summary sentences whole: no trimming of closing attributions, "
            + "weekdays, asides, opening connectives or datelines.")
    boolean verbatim;

    @Option(names = "--max-bytes", defaultValue = "" + InputReader.DEFAULT_MAX_BYTES,
            description = "Skip input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Renderer renderer = Renderer.forFormat(format);
        Storybrief.Builder builder = Storybrief.builder().words(words).reader(new InputReader(maxBytes)).verbatim(verbatim)
                .threads(Runtime.getRuntime().availableProcessors());
        DateOption.apply(builder, dates);
        LanguageOption.apply(builder, language);
        Briefing briefing = brief(builder.build());
        briefing.warnings().forEach(w -> spec.commandLine().getErr().println("storybrief: " + w));
        String rendered = renderer.render(briefing, explain);
        if (out == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, rendered, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("storybrief: wrote " + out);
        }
        return 0;
    }

    private Briefing brief(Storybrief storybrief) throws InterruptedException {
        List<Path> files = UrlArticles.paths(inputs);
        List<String> urls = UrlArticles.urls(inputs);
        if (urls.isEmpty()) {
            return storybrief.brief(files, cluster);
        }
        InputReader reader = new InputReader(maxBytes);
        Ingested read = UrlArticles.both(reader.read(files), new UrlArticles(urlOptions.policy()).read(urls, reader));
        String name = files.isEmpty() ? UrlArticles.nameOf(urls.get(0))
                : String.valueOf(files.get(0).toAbsolutePath().normalize().getFileName());
        // an error names the inputs as given, never the story's name made of the first address
        return storybrief.brief(read, cluster, name, dev.storybrief.NothingToBriefException.named(inputs));
    }
}
