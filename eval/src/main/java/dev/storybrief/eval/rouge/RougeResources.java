package dev.storybrief.eval.rouge;

import dev.storybrief.util.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The scorer's two data files, loaded at run time from a directory (they are never bundled):
 * {@code smart_common_words.txt} (stopwords for {@code -s}, one per line) and
 * {@code wordnet-2.0-exc.tsv} (the WordNet 2.0 exception table for {@code -m}, {@code token<TAB>base}).
 *
 * <p>Files are read as ISO-8859-1 so that every byte maps to one char, like Perl reading bytes. Lines
 * are split on {@code \n} only, like Perl's {@code chomp}. Immutable and thread-safe.
 */
public final class RougeResources {
    /** File name of the stopword list. */
    public static final String STOPWORDS_FILE = "smart_common_words.txt";
    /** File name of the WordNet exception dump. */
    public static final String EXCEPTIONS_FILE = "wordnet-2.0-exc.tsv";

    private final Set<String> stopwords;
    private final Map<String, String> exceptions;

    private RougeResources(Set<String> stopwords, Map<String, String> exceptions) {
        this.stopwords = Set.copyOf(stopwords);
        this.exceptions = Map.copyOf(exceptions);
    }

    /** Builds resources from in-memory data, for tests and benchmarks that must not need shared files. */
    public static RougeResources of(Set<String> stopwords, Map<String, String> exceptions) {
        return new RougeResources(stopwords, exceptions);
    }

    /**
     * Loads both files from {@code directory}.
     *
     * @throws RougeDataMissingException when the directory or a file is missing or unreadable
     */
    public static RougeResources load(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            throw new RougeDataMissingException("ROUGE data directory not found: " + directory
                    + " (needs " + STOPWORDS_FILE + " and " + EXCEPTIONS_FILE + ")");
        }
        Set<String> stopwords = new HashSet<>();
        for (String line : readLines(directory.resolve(STOPWORDS_FILE))) {
            stopwords.add(line);
        }
        Map<String, String> exceptions = new HashMap<>();
        for (String line : readLines(directory.resolve(EXCEPTIONS_FILE))) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                exceptions.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return new RougeResources(stopwords, exceptions);
    }

    /** The default data directory: {@code <shared>/eval-data/rouge-vectors/rouge-data}. */
    public static Path defaultDirectory() {
        String relative = "eval-data/rouge-vectors/rouge-data";
        return SharedFolder.find(relative).orElseThrow(() -> new RougeDataMissingException(SharedFolder.missingMessage(relative)));
    }

    /**
     * Loads the files from {@link #defaultDirectory()}.
     *
     * @throws RougeDataMissingException when the shared folder or the files are missing
     */
    public static RougeResources fromSharedDefault() {
        return load(defaultDirectory());
    }

    /** True when {@code token} is in the stopword list (exact match). */
    public boolean isStopword(String token) {
        return stopwords.contains(token);
    }

    /** The WordNet base form for {@code token}, or null when the table has no entry. */
    public String exceptionBase(String token) {
        return exceptions.get(token);
    }

    /** Number of stopwords loaded. */
    public int stopwordCount() {
        return stopwords.size();
    }

    /** Number of WordNet exception rows loaded. */
    public int exceptionCount() {
        return exceptions.size();
    }

    private static String[] readLines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RougeDataMissingException("ROUGE data file missing: " + file);
        }
        try {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            return text.isEmpty() ? new String[0] : text.split("\n", -1);
        } catch (IOException e) {
            throw new RougeDataMissingException("cannot read ROUGE data file " + file + ": " + e.getMessage(), e);
        }
    }
}
