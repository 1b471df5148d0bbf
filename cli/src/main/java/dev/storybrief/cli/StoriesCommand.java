package dev.storybrief.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.storybrief.NothingToBriefException;
import dev.storybrief.Storybrief;
import dev.storybrief.clean.FoundDocument;
import dev.storybrief.group.stories.ArticleDates;
import dev.storybrief.group.stories.ListedStories;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryJson;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputProblem;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Briefing;
import dev.storybrief.render.TextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storybrief stories}: groups a pile of single articles into stories (copies collapsed, articles about one
 * event within a time window together) and lists them, largest first, optionally with a briefing each. Each story
 * is listed under its briefing's headline ({@code dev.storybrief.brief.StoryHeadlines}), the one {@code brief} gives
 * it; without {@code --brief} only the part of the briefing the headline reads is made ({@code Storybrief.headline}).
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Group articles into stories (wire copies collapsed) and list them; --brief briefs each one.")
final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<folder-or-file>",
            description = "Articles: .jsonl (one article a line, or clusters, taken apart), .txt, .html;"
                    + " folders are read recursively; http(s) URLs are fetched.")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    UrlOptions urlOptions = new UrlOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--brief", description = "Also brief every story.")
    boolean brief;

    @Option(names = "--words", defaultValue = "120", description = "Summary budget per briefing in words (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--language", paramLabel = LanguageOption.LABEL, description = LanguageOption.HELP)
    String language;

    @Option(names = "--window-days", defaultValue = "" + ListedStories.DEFAULT_WINDOW_DAYS,
            description = "A story takes no article dated more than this many days from its span (default: ${DEFAULT-VALUE}).")
    int windowDays;

    @Option(names = "--max-bytes", defaultValue = "" + InputReader.DEFAULT_MAX_BYTES,
            description = "Skip input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws JsonProcessingException, InterruptedException {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json").contains(chosen)) {
            throw new IllegalArgumentException("unknown format \"" + format + "\" (use text or json)");
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("--window-days must be at least 1, got " + windowDays);
        }
        // a story's articles are cleaned and analysed several at a time, as brief does
        Storybrief.Builder builder = Storybrief.builder().words(words).threads(Runtime.getRuntime().availableProcessors());
        LanguageOption.apply(builder, language);
        Storybrief storybrief = builder.build();
        // outlets and dates as the briefing finds them, whatever the input format (a text file states them in its
        // dateline or byline, which only the cleaner reads): for the listing and for the grouper's time window
        List<FoundDocument> found = storybrief.findMetadata(read());
        List<RawDocument> articles = found.stream().map(FoundDocument::filled).toList();
        // grouped on the text a briefing reads, briefed from the documents themselves
        List<StoryGroup> stories = ListedStories.of(found, windowDays);
        // each story is briefed from its documents as found, and from the cleaning they were found with
        // (FoundDocument.cleaned: the same article cleaning the filled document gives), so none is cleaned twice
        Map<String, FoundDocument> byId = new LinkedHashMap<>();
        found.forEach(doc -> byId.putIfAbsent(doc.filled().id(), doc));
        // every story is headed as brief heads it (the headline rule reads the briefing's figures and disagreements):
        // by its briefing with --brief, else by the part of a briefing the headline needs
        Map<String, Briefing> briefings = brief ? briefAll(storybrief, stories, byId) : Map.of();
        Map<String, String> headlines = brief ? headlinesOf(briefings) : headlineAll(storybrief, stories, byId);
        List<StoryGroup> headed = stories.stream().map(s -> headlines.get(s.id()) != null
                ? s.withHeadline(headlines.get(s.id())) : s).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.print(chosen.equals("json") ? json(articles.size(), headed, briefings)
                : text(articles.size(), headed, briefings));
        out.flush();
        return 0;
    }

    private List<RawDocument> read() throws InterruptedException {
        InputReader reader = new InputReader(maxBytes);
        List<String> urls = UrlArticles.urls(inputs);
        Ingested ingested = reader.read(UrlArticles.paths(inputs));
        if (!urls.isEmpty()) {
            ingested = UrlArticles.both(ingested, new UrlArticles(urlOptions.policy()).read(urls, reader));
        }
        List<String> warnings = ingested.problems().stream().map(InputProblem::line).toList();
        if (ingested.documents().isEmpty()) {
            // as brief says it: the last problem in the error, the others before it
            throw NothingToBriefException.noReadableArticle(NothingToBriefException.named(inputs), warnings);
        }
        warnings.forEach(this::warn);
        return ingested.documents();
    }

    private Map<String, Briefing> briefAll(Storybrief storybrief, List<StoryGroup> stories,
                                           Map<String, FoundDocument> byId) {
        Map<String, Briefing> briefings = new LinkedHashMap<>();
        for (StoryGroup story : stories) {
            try {
                briefings.put(story.id(), storybrief.briefFound(story.id(), documents(story, byId), List.of()));
            } catch (NothingToBriefException e) {
                warn(story.id() + ": not briefed (" + e.getMessage() + ")");
            }
        }
        return briefings;
    }

    private static Map<String, String> headlinesOf(Map<String, Briefing> briefings) {
        Map<String, String> headlines = new LinkedHashMap<>();
        briefings.forEach((id, briefing) -> headlines.put(id, briefing.headline()));
        return headlines;
    }

    /** The headline each story's briefing would give it; none for a story left without text to brief. */
    private static Map<String, String> headlineAll(Storybrief storybrief, List<StoryGroup> stories,
                                                   Map<String, FoundDocument> byId) {
        Map<String, String> headlines = new LinkedHashMap<>();
        for (StoryGroup story : stories) {
            try {
                headlines.put(story.id(), storybrief.headlineFound(story.id(), documents(story, byId)));
            } catch (NothingToBriefException e) {
                // listed under the group stage's label, as a story no briefing is made of
            }
        }
        return headlines;
    }

    /**
     * Every article read into the story, its copies too, as {@code brief} reads the same files: the briefing tells a
     * reprint from a copy that changed a figure (the listing collapses both), and the changed figure is a claim.
     */
    private static List<FoundDocument> documents(StoryGroup story, Map<String, FoundDocument> byId) {
        java.util.Set<String> ids = new java.util.HashSet<>(story.allIds());
        // in the order the files were read, as brief reads them (the first read of two copies is the report on a tie)
        List<FoundDocument> documents = byId.values().stream().filter(doc -> ids.contains(doc.filled().id())).toList();
        return documents.isEmpty()
                ? story.articles().stream().map(doc -> new FoundDocument(doc, doc, null)).toList()
                : documents;
    }

    private static String json(int read, List<StoryGroup> stories, Map<String, Briefing> briefings)
            throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "storybrief/stories/v1");
        root.put("articlesRead", read);
        root.put("stories", stories.stream().map(s -> StoryJson.toMap(s, briefings.get(s.id()))).toList());
        return JsonOutput.INDENTED.writeValueAsString(root) + "\n";
    }

    private static String text(int read, List<StoryGroup> stories, Map<String, Briefing> briefings) {
        StringBuilder out = new StringBuilder();
        int distinct = stories.stream().mapToInt(StoryGroup::size).sum();
        int copies = read - distinct;
        // "(0 copies of another article collapsed into it)" said nothing: the count is given only when there are copies
        out.append(String.format(Locale.ROOT, "%d %s from %d article%s%s%n%n",
                stories.size(), stories.size() == 1 ? "story" : "stories", read, read == 1 ? "" : "s",
                copies <= 0 ? "" : String.format(Locale.ROOT, " (%d %s of another article collapsed into %s)", copies,
                        copies == 1 ? "copy" : "copies", copies == 1 ? "it" : "them")));
        TextRenderer renderer = new TextRenderer();
        for (StoryGroup story : stories) {
            out.append(String.format(Locale.ROOT, "%s  %d article%s%s%s%n", story.id(), story.size(), story.size() == 1 ? "" : "s",
                    copiesNote(story.copies()),
                    span(story)));
            out.append("  ").append(story.headline()).append('\n');
            out.append("  ").append(ids(story)).append('\n');
            Briefing briefing = briefings.get(story.id());
            if (briefing != null) {
                out.append('\n').append(renderer.render(briefing, false).strip()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String copiesNote(int copies) {
        return copies <= 0 ? "" : " + " + copies + (copies == 1 ? " copy" : " copies");
    }

    private static String span(StoryGroup story) {
        long[] span = StoryJson.span(story.articles());
        if (!ArticleDates.isDated(span[0])) {
            return "";
        }
        return span[0] == span[1] ? ", " + ArticleDates.format(span[0])
                : ", " + ArticleDates.format(span[0]) + " to " + ArticleDates.format(span[1]);
    }

    /** Article ids, each article's copies in parentheses: {@code a (= b, c), d}. */
    private static String ids(StoryGroup story) {
        List<String> parts = new ArrayList<>();
        for (List<String> copies : story.duplicateIds()) {
            parts.add(copies.size() == 1 ? copies.get(0)
                    : copies.get(0) + " (= " + String.join(", ", copies.subList(1, copies.size())) + ")");
        }
        return String.join(", ", parts);
    }

    private void warn(String line) {
        spec.commandLine().getErr().println("storybrief: " + line);
    }
}
