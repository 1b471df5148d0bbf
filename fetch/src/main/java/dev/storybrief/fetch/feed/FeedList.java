package dev.storybrief.fetch.feed;

import dev.storybrief.fetch.FetchException;
import dev.storybrief.fetch.PoliteFetcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The feeds to follow, read from an OPML file (every {@code outline} with an {@code xmlUrl}) or a text file with one
 * feed URL a line ({@code #} starts a comment). Each feed is listed once; a line that is not an http(s) URL is a
 * problem and the others go on.
 *
 * @param feeds    the feeds, in file order
 * @param problems one line for each entry that was left out
 */
public record FeedList(List<FeedSource> feeds, List<String> problems) {

    public FeedList {
        feeds = List.copyOf(feeds);
        problems = List.copyOf(problems);
    }

    /** Reads a feed list file. */
    public static FeedList read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reads the text of a feed list: OPML when it is XML, else one URL a line. */
    public static FeedList parse(String text) {
        String body = text.startsWith("\ufeff") ? text.substring(1) : text;
        Map<String, FeedSource> feeds = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (body.stripLeading().startsWith("<")) {
            Document opml = Jsoup.parse(body, "", Parser.xmlParser());
            for (Element outline : opml.select("outline[xmlUrl]")) {
                add(outline.attr("xmlUrl"), title(outline), feeds, problems);
            }
        } else {
            for (String line : body.split("\\R")) {
                String entry = line.replaceFirst("#.*", "").strip();
                if (!entry.isEmpty()) {
                    add(entry, null, feeds, problems);
                }
            }
        }
        return new FeedList(new ArrayList<>(feeds.values()), problems);
    }

    private static String title(Element outline) {
        String title = outline.hasAttr("title") ? outline.attr("title") : outline.attr("text");
        return title.isBlank() ? null : title.strip();
    }

    private static void add(String url, String title, Map<String, FeedSource> feeds, List<String> problems) {
        try {
            java.net.URI uri = PoliteFetcher.parse(url);
            feeds.putIfAbsent(uri.toString(), new FeedSource(uri, title));
        } catch (FetchException e) {
            problems.add("feed list: left out " + url + " (" + e.getMessage() + ")");
        }
    }
}
