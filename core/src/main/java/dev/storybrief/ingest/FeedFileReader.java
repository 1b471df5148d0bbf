package dev.storybrief.ingest;

import dev.storybrief.ingest.feed.FeedDocuments;
import dev.storybrief.ingest.feed.JsonFeed;
import dev.storybrief.ingest.feed.Syndication;
import dev.storybrief.ingest.feed.SyndicationException;
import dev.storybrief.ingest.feed.SyndicationFeed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a feed file (RSS, RDF, Atom, told by its content, or a JSON Feed) as one document per item ({@link FeedDocuments}): a file
 * fetches nothing, so each item is the text the feed gives, and an item with no text beyond its title is left out
 * with a warning.
 */
final class FeedFileReader {

    /** Reads the feed's items; an item whose text is longer than {@code maxBytes} (in UTF-8) is skipped. */
    ReadOutcome read(Path path, byte[] bytes, long maxBytes) {
        SyndicationFeed feed;
        try {
            feed = Syndication.read(bytes);
        } catch (SyndicationException e) {
            return ReadOutcome.problem(new InputProblem(path, "feed cannot be read: " + e.getMessage(), true));
        }
        return items(path, feed, maxBytes);
    }

    /** Reads a JSON Feed's items ({@link JsonFeed#isJsonFeed} accepted {@code text}) as an RSS feed's are read. */
    ReadOutcome readJsonFeed(Path path, String text, long maxBytes) {
        try {
            return items(path, JsonFeed.read(text), maxBytes);
        } catch (SyndicationException e) {
            return ReadOutcome.problem(new InputProblem(path, "feed cannot be read: " + e.getMessage(), true));
        }
    }

    private ReadOutcome items(Path path, SyndicationFeed feed, long maxBytes) {
        List<RawDocument> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (FeedDocuments.Item item : FeedDocuments.items(SourceFormat.idOf(path), path, feed)) {
            if (item.document() == null) {
                problems.add(new InputProblem(path, item.label() + " has no text beyond its title", true));
            } else if (JsonLinesReader.utf8Length(item.document().text(), maxBytes) > maxBytes) {
                long size = JsonLinesReader.utf8Length(item.document().text(), maxBytes);
                problems.add(new InputProblem(path, item.label() + ": " + InputReader.tooLarge(size, maxBytes), true));
            } else {
                documents.add(item.document());
            }
        }
        if (feed.entries().isEmpty()) {
            problems.add(new InputProblem(path, "feed has no items", true));
        }
        return new ReadOutcome(documents, problems);
    }
}
