package dev.storybrief.ingest;

import dev.storybrief.ingest.feed.JsonFeed;
import dev.storybrief.ingest.feed.Syndication;
import dev.storybrief.util.FailureNote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The ingest stage: turns files and folders into raw documents. Folders are read recursively in name order;
 * each file is read by the reader of its format. Files that cannot be read (binary, too large, unreadable,
 * duplicate, empty) become one-line {@link InputProblem}s while the others go on.
 */
public final class InputReader {
    /** Default ceiling per file: news articles are kilobytes; anything past this is not one article. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /**
     * Ceiling on a file of many articles (JSON Lines, a feed), whose limit per article applies to each line or item:
     * a day of a feed spool is tens of megabytes, and the whole file is held in memory while it is read.
     */
    public static final long MAX_COLLECTION_BYTES = 512L * 1024 * 1024;
    private final long maxBytes;
    /** A line that is one http(s) address and nothing else. */
    private static final java.util.regex.Pattern ADDRESS_LINE = java.util.regex.Pattern.compile("(?i)https?://\\S+");
    private final HtmlReader htmlReader = new HtmlReader();
    private final JsonLinesReader jsonLinesReader = new JsonLinesReader(htmlReader);
    private final FeedFileReader feedReader = new FeedFileReader();

    /** A reader with the default per-file size limit. */
    public InputReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that skips files larger than {@code maxBytes}, which must be positive. */
    public InputReader(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("--max-bytes must be at least 1, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads every input; never throws for a bad file, it reports it instead. */
    public Ingested read(List<Path> inputs) {
        List<RawDocument> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Path> seenContent = new HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Path file : expand(inputs, problems)) {
            ReadOutcome outcome = readFile(file);
            problems.addAll(outcome.problems());
            for (RawDocument doc : outcome.documents()) {
                Path first = seenContent.putIfAbsent(fingerprint(doc), file);
                if (first != null && doc.format() != SourceFormat.JSON_LINES) {
                    problems.add(new InputProblem(file, "duplicate of " + first + " (same text), read once", true));
                } else {
                    documents.add(uniquelyNamed(doc, ids, file, problems));
                }
            }
        }
        return new Ingested(DomainOutlets.named(documents), problems);
    }

    /**
     * The document under an id no earlier document of its cluster has: saved pages are often all "index.html", and
     * two articles of one name would be one article to every later stage. The second becomes "index-2", and so on.
     */
    private static RawDocument uniquelyNamed(RawDocument doc, java.util.Set<String> ids, Path file,
                                             List<InputProblem> problems) {
        String cluster = doc.meta(MetaKey.CLUSTER) == null ? "" : doc.meta(MetaKey.CLUSTER);
        String id = doc.id();
        for (int n = 2; !ids.add(cluster + "\u0000" + id); n++) {
            id = doc.id() + "-" + n;
        }
        if (id.equals(doc.id())) {
            return doc;
        }
        problems.add(new InputProblem(file, "another input is also named " + doc.id() + ": this one is " + id, false));
        return new RawDocument(id, doc.path(), doc.format(), doc.text(), doc.meta());
    }

    /**
     * Reads one web page held in memory (fetched from {@code url}) exactly as a saved {@code .html} file is read:
     * the same extractor, metadata and checks. The document is named {@code id} and has no path; a page that is
     * binary, too large or without article text becomes a problem naming the URL.
     */
    public Ingested readPage(String id, String url, byte[] bytes) {
        String problem = fetchedProblem(bytes, "binary content, not a page");
        if (problem != null) {
            return new Ingested(List.of(), List.of(new InputProblem(null, url + ": " + problem, true)));
        }
        ReadOutcome outcome;
        try {
            outcome = htmlReader.read(id, null, url, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            outcome = ReadOutcome.problem(new InputProblem(null, url + ": cannot read (" + FailureNote.describe(e) + ")", true));
        }
        return new Ingested(outcome.documents(), outcome.problems());
    }

    /**
     * Reads one article served as plain text (fetched from {@code url}) exactly as a {@code .txt} file is read: the
     * same decoding and checks. The document is named {@code id}, has no path and keeps its address.
     */
    public Ingested readPlainText(String id, String url, byte[] bytes) {
        String problem = fetchedProblem(bytes, DecodedText.BINARY);
        DecodedText decoded = problem == null ? DecodedText.decode(bytes, null) : null;
        if (problem == null && decoded.text().isBlank()) {
            problem = "no text";
        }
        if (problem != null) {
            return new Ingested(List.of(), List.of(new InputProblem(null, url + ": " + problem, true)));
        }
        List<InputProblem> notes = decoded.guessed()
                ? List.of(new InputProblem(null, url + ": " + guessedCharset(decoded), false)) : List.of();
        return new Ingested(List.of(new RawDocument(id, null, SourceFormat.TEXT, decoded.text(),
                Map.of(MetaKey.URL, url))), notes);
    }

    /** Why fetched bytes cannot be one article (empty, too large, binary), or null. */
    private String fetchedProblem(byte[] bytes, String binary) {
        // no "--max-bytes" hint here: the desk and the server fetch pages too, and take no such option
        return bytes.length == 0 ? "empty page" : bytes.length > maxBytes
                ? String.format(Locale.ROOT,
                        "too large (%,d bytes; the limit is %,d): not a single article", bytes.length, maxBytes)
                : DecodedText.looksBinary(bytes) ? binary : null;
    }

    /**
     * Why an article of {@code size} bytes is not read: it is past the limit per article, which the user may raise.
     * Shared by files and the lines and items of files of many articles.
     */
    static String tooLarge(long size, long limit) {
        return String.format(Locale.ROOT,
                "too large (%,d bytes; the limit is %,d): not a single article (give --max-bytes %d to"
                + " read it)", size, limit, size);
    }

    /**
     * The size limit of a whole file: a file of many articles (JSON Lines, a feed) is limited per article as it is
     * read, and as a whole only by what can be held in memory; any other file is one article.
     */
    private long fileLimit(Path file) {
        SourceFormat format = SourceFormat.of(file).orElse(SourceFormat.TEXT);
        boolean collection = format == SourceFormat.JSON_LINES || format == SourceFormat.FEED || isWarcName(file)
                || ZipArchives.isZipName(file);
        return collection ? Math.max(maxBytes, MAX_COLLECTION_BYTES) : maxBytes;
    }

    private List<Path> expand(List<Path> inputs, List<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(filesUnder(input, problems));
                continue;
            }
            String notAFile = notARegularFile(input);
            if (notAFile != null) {
                problems.add(new InputProblem(input, notAFile, true));
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private List<Path> filesUnder(Path folder, List<InputProblem> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> found = walk.filter(p -> !p.equals(folder))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            List<Path> readable = new ArrayList<>();
            List<Path> resources = new ArrayList<>();
            for (Path p : found) {
                if (resources.stream().anyMatch(p::startsWith)) {
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (SavedPageResources.isResourceFolder(p)) {
                        resources.add(p);
                        problems.add(new InputProblem(p, SavedPageResources.NOT_READ, true));
                    }
                    continue;
                }
                String notAFile = notARegularFile(p);
                if (notAFile != null) {
                    problems.add(new InputProblem(p, notAFile, true));
                } else if (p.getFileName().toString().equalsIgnoreCase("README.md")) {
                    continue; // a folder's description, not an article, though articles may be Markdown too
                } else if (readsName(p)) {
                    readable.add(p);
                } else {
                    problems.add(new InputProblem(p, "not an article format (.txt, .md, .html, .htm, .mhtml, .jsonl, .json, "
                            + ".eml, a feed: .rss, .atom, .rdf, .xml; any of them gzipped, as .html.gz; or a .zip or"
                            + " .warc of them)", true));
                }
            }
            if (readable.isEmpty()) {
                problems.add(new InputProblem(folder, "folder holds no .txt, .md, .html, .jsonl, .json or feed file", true));
            }
            return readable;
        } catch (IOException | RuntimeException e) {
            problems.add(new InputProblem(folder, "cannot list folder (" + e.getMessage() + ")", true));
            return List.of();
        }
    }

    /**
     * Why a path that is no folder cannot be read as a file, or null when it can: a link to nothing, a link to a
     * folder (not followed: links can loop), or a named pipe, socket or device, whose reading could wait forever.
     */
    private static String notARegularFile(Path path) {
        boolean link = Files.isSymbolicLink(path);
        if (!Files.exists(path)) {
            return link ? "a link to nothing (" + linkTarget(path) + " does not exist)" : "no such file or folder";
        }
        if (Files.isDirectory(path)) {
            return "a link to a folder, not followed inside a folder (give the folder itself)";
        }
        return Files.isRegularFile(path) ? null : "not a regular file (a named pipe, socket or device)";
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "its target";
        }
    }

    private ReadOutcome readFile(Path file) {
        try {
            long size = Files.size(file);
            long limit = fileLimit(file);
            if (size > limit) {
                return ReadOutcome.problem(new InputProblem(file, limit == maxBytes ? tooLarge(size, maxBytes)
                        : String.format(Locale.ROOT,
                                "too large (%,d bytes; a file of many articles is read whole, up to %,d):"
                        + " split it", size, limit), true));
            }
            if (size == 0) {
                return ReadOutcome.problem(new InputProblem(file, "empty file", true));
            }
            byte[] bytes = readBytes(file);
            if (ZipArchives.isZip(bytes) && ZipArchives.isZipName(file)
                    || ZipArchives.isZip(bytes) && !file.getFileName().toString().contains(".")) {
                // a folder sent as one file: its members read as the folder's files would be, each on its own; a
                // document that is a zip inside (.docx, .epub, .odt) is not a folder of articles and stays one line
                return ZipArchives.read(file, bytes, this::readMember, this::fileLimit, MAX_COLLECTION_BYTES);
            }
            return readContent(file, bytes);
        } catch (IOException e) {
            return ReadOutcome.problem(new InputProblem(file, "cannot read (" + describe(e) + ")", true));
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever one file does to a reader, it costs that file only.
            return ReadOutcome.problem(new InputProblem(file, "cannot read (" + FailureNote.describe(e) + ")", true));
        }
    }

    /** One member of a zip archive, read as a file of its name; whatever it does to a reader costs it alone. */
    private ReadOutcome readMember(Path member, byte[] bytes) {
        if (bytes.length == 0) {
            return ReadOutcome.problem(new InputProblem(member, "empty file", true));
        }
        try {
            if (member.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, fileLimit(member) + 1));
                }
                if (bytes.length > fileLimit(member)) {
                    return ReadOutcome.problem(new InputProblem(member, "uncompressed size exceeds the limit", true));
                }
            }
            return readContent(member, bytes);
        } catch (IOException e) {
            return ReadOutcome.problem(new InputProblem(member, "cannot read (" + describe(e) + ")", true));
        } catch (RuntimeException | StackOverflowError e) {
            return ReadOutcome.problem(new InputProblem(member, "cannot read (" + FailureNote.describe(e) + ")", true));
        }
    }

    /** A file's bytes (gzip undone) read by what they are: a web archive, a binary file, or a format's reader. */
    private ReadOutcome readContent(Path file, byte[] bytes) {
        if (isWarcName(file) || isWarc(bytes)) {
            // by content, whatever the name: read as text, its HTTP headers and markup would be briefed as prose
            return WebArchives.read(file, bytes, htmlReader, maxBytes);
        }
        if (DecodedText.looksBinary(bytes)) {
            return ReadOutcome.problem(new InputProblem(file, DecodedText.whyBinary(bytes), true));
        }
        return dispatch(file, bytes);
    }

    private byte[] readBytes(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        long limit = fileLimit(file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new IOException("uncompressed size exceeds the limit");
            }
            return bytes;
        }
    }

    private ReadOutcome dispatch(Path file, byte[] bytes) {
        if (EmailMessages.isEmailName(file)) {
            return EmailMessages.read(file, bytes, htmlReader, InputReader::readText);
        }
        if (MhtmlArchives.isMhtmlName(file) || SourceFormat.of(file).isEmpty() && MhtmlArchives.isMhtml(bytes)) {
            // a page saved as a web archive: read as text, its MIME headers and encoded markup would be briefed
            return MhtmlArchives.read(file, bytes, htmlReader);
        }
        SourceFormat format = SourceFormat.of(file).orElse(SourceFormat.TEXT);
        if (Syndication.isFeed(bytes)) {
            // by content: a feed saved as ".html" or ".txt" is read as its items, not as one page of markup
            return feedReader.read(file, bytes, maxBytes);
        }
        if (format == SourceFormat.FEED) {
            return ReadOutcome.problem(new InputProblem(file, "not an RSS, RDF or Atom feed (its root element is "
                    + describeRoot(bytes) + ")", true));
        }
        if (format == SourceFormat.HTML) {
            return htmlReader.read(file, bytes);
        }
        DecodedText decoded = DecodedText.decode(bytes, null);
        List<InputProblem> problems = new ArrayList<>();
        if (decoded.guessed()) {
            problems.add(new InputProblem(file, guessedCharset(decoded), false));
        }
        ReadOutcome outcome = format != SourceFormat.JSON_LINES ? readText(file, decoded.text())
                // a JSON Feed is a feed, its items read as an RSS feed's, not as an export's records
                : JsonFeed.isJsonFeed(decoded.text()) ? feedReader.readJsonFeed(file, decoded.text(), maxBytes)
                : jsonLinesReader.read(file, decoded.text(), maxBytes);
        problems.addAll(outcome.problems());
        return new ReadOutcome(outcome.documents(), problems);
    }

    /**
     * Whether a file's name is one a folder's files are read by: an article format ({@link SourceFormat}), an
     * e-mail, a page saved as MHTML, or a zip or WARC archive of them. A command listing a folder itself (extract, the
     * server's allowed folder) lists the same files.
     */
    public static boolean readsName(Path file) {
        return SourceFormat.of(file).isPresent() || EmailMessages.isEmailName(file) || MhtmlArchives.isMhtmlName(file)
                || isWarcName(file) || ZipArchives.isZipName(file);
    }

    /** Whether a file's name says it is a web archive (WARC, gzipped or not). */
    private static boolean isWarcName(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** Whether the bytes are a web archive: every WARC file starts with its version line, "WARC/1.0" or "WARC/1.1". */
    static boolean isWarc(byte[] bytes) {
        byte[] magic = "WARC/".getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The warning for a text read in a charset guessed from its bytes. */
    private static String guessedCharset(DecodedText decoded) {
        return "not valid UTF-8; read as " + LegacyCharsets.describe(decoded.charset()) + ", guessed from its bytes";
    }

    private static String describeRoot(byte[] bytes) {
        String root = Syndication.rootElement(bytes);
        return root == null ? "missing: the file does not start with XML" : "<" + root + ">";
    }

    private static ReadOutcome readText(Path file, String text) {
        if (text.isBlank()) {
            return ReadOutcome.problem(new InputProblem(file, "no text in file", true));
        }
        long addresses = addressesAlone(text);
        if (addresses > 0) {
            // a list of links saved as text is no article: cleaning it left nothing and said "boilerplate"
            return ReadOutcome.problem(new InputProblem(file, "holds " + addresses + " web address"
                    + (addresses == 1 ? "" : "es") + " and no article text; to read their articles, give the addresses "
                    + "themselves as inputs", true));
        }
        return ReadOutcome.of(List.of(new RawDocument(SourceFormat.idOf(file), file, SourceFormat.TEXT, text, Map.of())));
    }

    /** How many lines a text of nothing but http(s) addresses, one a line, holds; 0 for any other text. */
    private static long addressesAlone(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream().allMatch(l -> ADDRESS_LINE.matcher(l).matches()) ? lines.size() : 0;
    }

    /**
     * The digest of a document's text with every run of white space one space, none at either end: the same text
     * laid out otherwise is the same. Fed in chunks, so a 50 MB file is not copied twice more to be compared.
     */
    private static String fingerprint(RawDocument doc) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = doc.text();
            StringBuilder chunk = new StringBuilder();
            boolean started = false;
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                    space = started;
                    continue;
                }
                if (space) {
                    chunk.append(' ');
                    space = false;
                }
                chunk.append(c);
                started = true;
                if (chunk.length() >= 8192 && !Character.isHighSurrogate(c)) {
                    sha.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
                    chunk.setLength(0);
                }
            }
            return HexFormat.of().formatHex(sha.digest(chunk.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        if (name.equals("AccessDeniedException")) {
            return "permission denied";
        }
        return e.getMessage() == null ? name : e.getMessage();
    }
}
