package dev.storybrief.cli;

import dev.storybrief.fetch.Accept;
import dev.storybrief.fetch.FetchException;
import dev.storybrief.fetch.FetchPolicy;
import dev.storybrief.fetch.FetchResult;
import dev.storybrief.fetch.PoliteFetcher;
import dev.storybrief.fetch.Validators;
import dev.storybrief.fetch.WebPages;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputProblem;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line arguments that are http(s) URLs, fetched politely and read as articles the way saved pages are; a
 * URL that answers with a feed is read item by item ({@link WebPages#read}). A URL that cannot be fetched or holds no
 * article becomes a one-line problem; the other inputs go on.
 */
final class UrlArticles {
    /** Any scheme: "ftp://..." is refused as a URL with a reason, not looked for as a file. */
    private static final java.util.regex.Pattern URL_LIKE = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

    private final PoliteFetcher fetcher;

    UrlArticles(FetchPolicy policy) {
        this.fetcher = PoliteFetcher.create(policy);
    }

    /** True for an argument that names a URL rather than a file. */
    static boolean isUrl(String argument) {
        return URL_LIKE.matcher(argument.strip()).lookingAt();
    }

    /** The arguments that are files and folders. */
    static List<Path> paths(List<String> arguments) {
        return arguments.stream().filter(a -> !isUrl(a)).map(Path::of).toList();
    }

    /** The arguments that are URLs. */
    static List<String> urls(List<String> arguments) {
        return arguments.stream().filter(UrlArticles::isUrl).toList();
    }

    /** Fetches and reads the URLs as articles, named after their host and last path segment (a feed's items after it). */
    Ingested read(List<String> urls, InputReader reader) throws InterruptedException {
        WebPages pages = new WebPages(fetcher, reader);
        List<RawDocument> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> seen = new HashMap<>();
        for (String url : urls) {
            try {
                URI uri = PoliteFetcher.parse(url);
                String id = uniqueId(idOf(uri), ids);
                Ingested read = pages.read(id, uri);
                problems.addAll(read.problems());
                for (RawDocument doc : read.documents()) {
                    // two addresses that redirect to one page are one article, not two outlets agreeing
                    String address = doc.meta(MetaKey.URL);
                    String first = address == null ? null : seen.putIfAbsent(address, url);
                    if (first == null) {
                        documents.add(doc);
                    } else if (!doc.id().equals(id)) {
                        // one item of a feed: the feed's other items are read, so the line names the item
                        problems.add(new InputProblem(null, url + ": its item " + address + " is the same page as "
                                + first + ", read once", true));
                    } else {
                        problems.add(new InputProblem(null, url + ": the same page as " + first + " (" + address
                                + "), read once", true));
                    }
                }
            } catch (FetchException e) {
                problems.add(new InputProblem(null, e.line(), true));
            }
        }
        return new Ingested(documents, problems);
    }

    /** Fetches what a URL given as an input holds, a page or a feed; throws when it cannot be fetched. */
    FetchResult fetchInput(String url) throws FetchException, InterruptedException {
        return fetcher.fetch(PoliteFetcher.parse(url), Validators.NONE, Accept.INPUT);
    }

    /** A fetched feed's items as articles, as {@link #read} reads them, named after the feed's URL. */
    Ingested feedItems(FetchResult feed, InputReader reader) throws FetchException, InterruptedException {
        return new WebPages(fetcher, reader).read(idOf(feed.requested()), feed);
    }

    /** Documents read from files and from URLs, as one input. */
    static Ingested both(Ingested files, Ingested urls) {
        List<RawDocument> documents = new ArrayList<>(files.documents());
        documents.addAll(urls.documents());
        List<InputProblem> problems = new ArrayList<>(files.problems());
        problems.addAll(urls.problems());
        return new Ingested(documents, problems);
    }

    /** A story's name from its first URL; an address that is no URL (its problem is reported) is named as given. */
    static String nameOf(String url) {
        try {
            return idOf(PoliteFetcher.parse(url));
        } catch (FetchException e) {
            return url.strip();
        }
    }

    /** "news.example.org/2024/05/fire.html" is "news.example.org-fire". */
    static String idOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        return last.isEmpty() ? uri.getHost() : uri.getHost() + "-" + last;
    }

    private static String uniqueId(String id, Set<String> taken) {
        String unique = id;
        for (int n = 2; !taken.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }
}
