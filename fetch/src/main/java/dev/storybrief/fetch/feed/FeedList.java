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
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') < 0) {
                return parse(text);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            // an image or a binary file given by mistake: the decoder's "Input length = 1" would tell the user nothing
        }
        throw new IOException(NOT_TEXT);
    }

    /** Why a feed list file is not read: it is neither UTF-8 text nor OPML (XML). */
    public static final String NOT_TEXT = "not a text or OPML file";

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
