package dev.storybrief.server.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A spool of JSON Lines files, one article a line, in the shape the Spark job reads
 * ({@code {"id","title","date","outlet","text"}} plus {@code url}, {@code fetched}, {@code seq}). The current file is
 * hidden ({@code .articles-<period>.jsonl.open}: Spark and Hadoop skip names starting with a dot) and becomes
 * {@code articles-<period>.jsonl} when its period ends. Every stored article is appended exactly once: lines carry
 * the article's store sequence, and on start a torn last line is cut and the articles after the last whole line
 * are appended from the store.
 */
final class Spool implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPEN_SUFFIX = ".jsonl.open";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final long periodSeconds;
    private RandomAccessFile current;
    private Path currentPath;
    private long currentPeriod = Long.MIN_VALUE;
    private long lastSeq;

    private Spool(Path dir, Duration period) {
        this.dir = dir;
        this.periodSeconds = Math.max(1, period.toSeconds());
    }

    /** Opens the spool in {@code dir}: closes files of past periods and finds the last article spooled. */
    static Spool open(Path dir, Duration period, Instant now) throws IOException {
        Files.createDirectories(dir);
        Spool spool = new Spool(dir, period);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")
                    || p.getFileName().toString().endsWith(OPEN_SUFFIX)).sorted().toList();
        }
        Path open = spool.openPath(now);
        for (Path file : files) {
            spool.lastSeq = Math.max(spool.lastSeq, repairAndReadLastSeq(file));
            if (file.getFileName().toString().endsWith(OPEN_SUFFIX) && !file.equals(open)) {
                spool.finish(file);
            }
        }
        spool.roll(now);
        return spool;
    }

    /** The store sequence of the last article in the spool (0 when it is empty). */
    long lastSeq() {
        return lastSeq;
    }

    /** Appends an article unless it is spooled already. */
    void append(DeskArticle article, Instant now) throws IOException {
        if (article.seq() <= lastSeq) {
            return;
        }
        roll(now);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("title", article.title());
        line.put("date", article.published());
        line.put("outlet", article.outlet());
        line.put("url", article.url());
        line.put("fetched", article.fetched());
        line.put("seq", article.seq());
        line.put("text", article.text());
        current.write((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
        lastSeq = article.seq();
    }

    /** Closes the current file when its period has ended, and makes what was written durable. */
    void endCycle(Instant now) throws IOException {
        roll(now);
        if (current != null) {
            current.getFD().sync();
        }
    }

    private void roll(Instant now) throws IOException {
        long period = Math.floorDiv(now.getEpochSecond(), periodSeconds);
        if (period == currentPeriod && current != null) {
            return;
        }
        if (current != null) {
            current.getFD().sync();
            current.close();
            finish(currentPath);
        }
        currentPeriod = period;
        currentPath = openPath(now);
        current = new RandomAccessFile(currentPath.toFile(), "rw");
        current.seek(current.length());
    }

    /** The hidden file of the period {@code now} is in. */
    private Path openPath(Instant now) {
        long period = Math.floorDiv(now.getEpochSecond(), periodSeconds);
        return dir.resolve(".articles-" + PERIOD.format(Instant.ofEpochSecond(period * periodSeconds)) + OPEN_SUFFIX);
    }

    /** Renames a finished hidden file to its visible name; an empty one is deleted. */
    private void finish(Path open) throws IOException {
        if (Files.size(open) == 0) {
            Files.delete(open);
            return;
        }
        String name = open.getFileName().toString();
        String visible = name.substring(1, name.length() - OPEN_SUFFIX.length()) + ".jsonl";
        Files.move(open, dir.resolve(visible), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Cuts a torn last line (a kill in the middle of a write) and returns the last whole line's sequence. */
    private static long repairAndReadLastSeq(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long end = f.length();
            long cut = end;
            while (cut > 0) {
                f.seek(cut - 1);
                if (f.read() == '\n') {
                    break;
                }
                cut--;
            }
            if (cut < end) {
                f.setLength(cut);
            }
            long start = cut - 1;
            while (start > 0) {
                f.seek(start - 1);
                if (f.read() == '\n') {
                    break;
                }
                start--;
            }
            if (cut <= 0 || start < 0) {
                return 0;
            }
            byte[] line = new byte[(int) (cut - start)];
            f.seek(start);
            f.readFully(line);
            return JSON.readTree(line).path("seq").asLong(0);
        }
    }

    @Override
    public void close() {
        try {
            if (current != null) {
                current.getFD().sync();
                current.close();
                current = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
