package dev.storybrief.fuzz;

import dev.storybrief.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.opentest4j.TestAbortedException;

/**
 * The real pages fuzzing starts from: the bundled example's page always, and the pages of both extraction benchmarks
 * (trafilatura-eval and the Zyte set) when the shared folder is there. Pages are kept gzipped and inflated on demand,
 * as ISO-8859-1 text so byte-level damage survives the round trip.
 */
public final class FuzzPages {

    private final List<byte[]> gzipped;
    private final List<String> plain;
    /** Inflated pages, kept once made: about 85 MB for both benchmarks, cheaper than inflating 10,000 times. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<String> inflated;

    private FuzzPages(List<byte[]> gzipped, List<String> plain) {
        this.gzipped = gzipped;
        this.plain = plain;
        this.inflated = new java.util.concurrent.atomic.AtomicReferenceArray<>(gzipped.size());
    }

    /**
     * The bundled example's HTML, plus both benchmarks' pages unless the shared folder is missing (then a line says
     * so; on CI, where {@code CI=true}, a missing shared folder fails as every shared-data test does).
     */
    public static FuzzPages load() {
        List<String> plain = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.bundledExample())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                plain.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<byte[]> gzipped = new ArrayList<>();
        try {
            for (String set : List.of("trafilatura-eval/html", "article-extraction/html")) {
                try (Stream<Path> files = Files.list(SharedData.evalData(set))) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                        gzipped.add(Files.readAllBytes(p));
                    }
                }
            }
        } catch (TestAbortedException e) {
            System.out.println("storybrief fuzz: no shared folder, mutating the bundled example only");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FuzzPages(gzipped, plain);
    }

    /** How many base pages there are. */
    public int size() {
        return gzipped.size() + plain.size();
    }

    /** Base page {@code i} (0 to size-1) as ISO-8859-1 text. */
    public String page(int i) {
        if (i < plain.size()) {
            return plain.get(i);
        }
        String known = inflated.get(i - plain.size());
        if (known != null) {
            return known;
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.get(i - plain.size())))) {
            String page = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            inflated.set(i - plain.size(), page);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
