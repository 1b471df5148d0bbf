package dev.storybrief.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storybrief.NothingToBriefException;
import dev.storybrief.Storybrief;
import dev.storybrief.brief.Briefer;
import dev.storybrief.brief.OpinionPieces;
import dev.storybrief.brief.timeline.DatedSentencePool;
import dev.storybrief.brief.timeline.DatedSummary;
import dev.storybrief.brief.timeline.TimelineBuilder;
import dev.storybrief.brief.timeline.TimelineRequest;
import dev.storybrief.brief.timeline.TimelineSummarizer;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storybrief timeline}: the timeline of a large dated collection, a few sentences for each main date. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Summarise a large dated collection (hundreds of articles) as a timeline: the dates most "
                + "articles name, each told by the sentences closest to that day's and the whole collection's content.",
                "An article without a publication date is dated from the others as brief dates it (its lead's or "
                        + "dateline's day, the days the other articles give what it retells); one still undated is "
                        + "named and skipped (give it one with --date). Opinion pieces beside reports are left out, "
                        + "as in brief."})
final class TimelineCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<folder-or-file>",
            description = "Articles: .jsonl (one {\"id\",\"date\",\"text\"} a line), .txt, .html; folders are read "
                    + "recursively.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--dates", defaultValue = "10", paramLabel = "N", description = "Most dates (default: ${DEFAULT-VALUE}).")
    int dates;

    @Option(names = "--sentences", defaultValue = "2", paramLabel = "K",
            description = "Most sentences per date (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date the timeline may show.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date the timeline may show.")
    String to;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text (default) or json: {\"timeline\":[{\"date\",\"sentences\":[{\"text\",\"source\"}]}]}.")
    String format;

    @Option(names = "--date", paramLabel = DateOption.LABEL, description = DateOption.HELP)
    List<String> dateHints = new ArrayList<>();

    @Option(names = "--max-bytes", defaultValue = "" + InputReader.DEFAULT_MAX_BYTES,
            description = "Skip input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws JsonProcessingException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format " + format + ": use text or json");
        }
        TimelineRequest request = new TimelineRequest(dates, sentences, day("--from", from), day("--to", to));
        Storybrief.Builder builder = Storybrief.builder().reader(new InputReader(maxBytes))
                .annotators(DatedSentencePool.CHAIN).briefer(Briefer.of(List.of()));
        DateOption.apply(builder, dateHints);
        PrintWriter err = spec.commandLine().getErr();
        List<AnalyzedArticle> annotated = new ArrayList<>();
        Storybrief storybrief = builder.build();
        storybrief.annotate(inputs, annotated::add, warning -> err.println("storybrief: " + warning));
        // an undated article is dated from the others as brief dates it; an opinion piece's view is no event
        Set<String> notReports = OpinionPieces.notReportsBesideReports(annotated);
        List<AnalyzedArticle> articles = storybrief.withInferredDates(annotated).stream()
                .filter(a -> !notReports.contains(a.id())).toList();
        List<String> undated = articles.stream().filter(a -> a.article().published() == null).map(TimelineCommand::name)
                .toList();
        if (!undated.isEmpty()) {
            err.println("storybrief: skipped " + String.join(", ", undated) + ": no publication date (give one with"
                    + " --date)");
        }
        DatedSentencePool pool = DatedSentencePool.of(articles);
        if (pool.articles() == 0) {
            throw new NothingToBriefException("no dated article in " + inputs, List.of());
        }
        List<DatedSummary> timeline = new TimelineSummarizer().summarize(pool, request);
        if (timeline.isEmpty()) {
            // nothing printed and exit 0 would look like a timeline of no events: say why, as brief's note does
            throw new NothingToBriefException(emptyTimeline(articles, request), List.of());
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a.article()));
        out.print(format.equals("json") ? json(timeline, byId) : text(timeline, byId));
        out.flush();
        return 0;
    }

    /**
     * How a skipped article is named: the file the reader gave ("storm/b-wire.txt"); one document of a file of many (a
     * JSON Lines line, a feed's item) adds its id ("collection.jsonl (item d4)"); without a file, the id alone.
     */
    private static String name(AnalyzedArticle article) {
        Path path = article.article().path();
        if (path == null || path.getFileName() == null) {
            return article.id();
        }
        String file = path.getFileName().toString();
        boolean idIsTheFile = file.equals(article.id()) || file.startsWith(article.id() + ".");
        return idIsTheFile ? path.toString() : path + " (item " + article.id() + ")";
    }

    /**
     * Why no date was shown: the articles' language is one whose dates the analyze stage does not read (the briefing's
     * timeline part says the same), else no day their sentences name fell within the request.
     */
    static String emptyTimeline(List<AnalyzedArticle> articles, TimelineRequest request) {
        java.util.Set<String> unread = new java.util.TreeSet<>();
        boolean anyRead = false;
        TimelineBuilder timelines = new TimelineBuilder(1);
        for (AnalyzedArticle a : articles) {
            if (a.article().published() == null) {
                continue;
            }
            if (timelines.supports(a.language())) {
                anyRead = true;
            } else {
                unread.add(a.language());
            }
        }
        if (!anyRead && !unread.isEmpty()) {
            return "no timeline: dates in the articles' sentences are not read for their language ("
                    + String.join(", ", unread) + ")";
        }
        return "no timeline: no day the articles' sentences name" + (request.from() != null || request.to() != null
                ? " falls within --from/--to" : " could be placed");
    }

    private static LocalDate day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + value + ": not a date (YYYY-MM-DD)");
        }
    }

    /** The documented JSON; each sentence also names its article's outlet and date when they are known. */
    static String json(List<DatedSummary> timeline, Map<String, Article> articles) throws JsonProcessingException {
        List<Map<String, Object>> days = new ArrayList<>();
        for (DatedSummary d : timeline) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d.date().toString());
            day.put("sentences", d.sentences().stream().map(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("text", s.text());
                m.put("source", s.source());
                Article article = articles.get(s.source());
                if (article != null && article.outlet() != null) {
                    m.put("outlet", article.outlet());
                }
                if (article != null && article.published() != null) {
                    m.put("published", article.published().toString());
                }
                return m;
            }).toList());
            days.add(day);
        }
        return JSON.writeValueAsString(Map.of("timeline", days)) + "\n";
    }

    /** One date a line, its sentences under it, each with its outlet (else its article's id) and that article's date. */
    static String text(List<DatedSummary> timeline, Map<String, Article> articles) {
        StringBuilder out = new StringBuilder();
        for (DatedSummary d : timeline) {
            out.append(d.date()).append('\n');
            d.sentences().forEach(s -> out.append("  - ").append(s.text()).append(" [").append(label(s.source(), articles))
                    .append("]\n"));
        }
        return out.toString();
    }

    /**
     * "BBC, 2010-01-13" (or "unknown outlet: a-herald, 2025-03-14"): who reported a sentence and when, so a reader
     * weighs it without looking the id up.
     */
    private static String label(String id, Map<String, Article> articles) {
        Article article = articles.get(id);
        if (article == null) {
            return id;
        }
        // the id names the file the reader gave, not a publisher: an unknown outlet is said to be one
        String who = article.outlet() != null ? article.outlet() : "unknown outlet: " + id;
        return article.published() != null ? who + ", " + article.published() : who;
    }
}
