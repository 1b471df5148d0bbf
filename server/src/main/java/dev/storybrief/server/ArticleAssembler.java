package dev.storybrief.server;

import dev.storybrief.clean.BelievableDates;
import dev.storybrief.clean.LooseDate;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputProblem;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a request's articles into the documents the pipeline briefs, through the same {@link InputReader} the
 * command line uses: every inline article and upload is written to a private scratch folder under its own name
 * and read like a file, so charset detection, HTML extraction, JSON Lines and duplicate checks behave exactly as
 * for {@code storybrief brief}. Scratch files are removed before the call returns.
 */
final class ArticleAssembler {
    private final Path scratchRoot;
    private final AllowedFolder allowed;
    private final long maxFileBytes;
    private final int maxArticles;

    ArticleAssembler(Path scratchRoot, AllowedFolder allowed, long maxFileBytes, int maxArticles) {
        this.scratchRoot = scratchRoot;
        this.allowed = allowed;
        this.maxFileBytes = maxFileBytes;
        this.maxArticles = maxArticles;
    }

    /** Where each read file came from, so documents and problems can be shown under the client's names. */
    private record Origin(Path shown, String source, ArticleInput.Inline inline) {
    }

    /** Reads every input; throws {@link ApiProblem} when a path is not allowed or there are too many articles. */
    ReadArticles read(List<ArticleInput> inputs) {
        Path scratch = createScratch();
        try {
            Map<Path, Origin> origins = new HashMap<>();
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                for (Path file : materialise(inputs.get(i), i, scratch)) {
                    files.add(file);
                    origins.putIfAbsent(file, origin(inputs.get(i), file));
                }
            }
            if (files.size() > maxArticles) {
                throw tooMany(files.size());
            }
            return adopt(new InputReader(maxFileBytes).read(files), origins);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private Origin origin(ArticleInput input, Path file) {
        if (input instanceof ArticleInput.ServerPath) {
            String relative = allowed.display(file);
            return new Origin(Path.of(relative), relative, null);
        }
        Path shown = file.getFileName();
        if (input instanceof ArticleInput.Inline inline) {
            return new Origin(shown, inline.id() != null ? inline.id() : shown.toString(), inline);
        }
        return new Origin(shown, ((ArticleInput.Upload) input).fileName(), null);
    }

    private List<Path> materialise(ArticleInput input, int index, Path scratch) {
        if (input instanceof ArticleInput.ServerPath path) {
            if (allowed == null) {
                throw ApiProblem.badRequest("server-side paths are off: start the server with --allow-dir DIR");
            }
            List<Path> files = allowed.files(path.path(), maxArticles);
            if (files.size() > maxArticles) {
                throw tooMany(files.size());
            }
            return files;
        }
        Path dir = scratch.resolve(Integer.toString(index));
        if (input instanceof ArticleInput.Inline inline) {
            String ext = inline.isHtml() ? ".html" : ".txt";
            String name = FileNames.safe(inline.id() != null ? inline.id() : "article-" + (index + 1)) + ext;
            // Inline text arrived as Unicode: a byte-order mark makes the reader take the bytes as UTF-8 even when
            // pasted HTML still declares the charset of the page it was copied from.
            return List.of(write(dir, name, ("\uFEFF" + (inline.isHtml() ? inline.html() : inline.text()))
                    .getBytes(StandardCharsets.UTF_8)));
        }
        ArticleInput.Upload upload = (ArticleInput.Upload) input;
        return List.of(write(dir, FileNames.safe(upload.fileName()), upload.bytes()));
    }

    private ReadArticles adopt(Ingested ingested, Map<Path, Origin> origins) {
        List<String> warnings = new ArrayList<>();
        for (InputProblem p : ingested.problems()) {
            Origin o = p.path() == null ? null : origins.get(p.path());
            String message = p.message();
            // Messages such as "duplicate of FILE" name other scratch files: show those under the client's names too.
            for (Map.Entry<Path, Origin> e : origins.entrySet()) {
                message = message.replace(e.getKey().toString(), e.getValue().shown().toString());
            }
            warnings.add(new InputProblem(o == null ? p.path() : o.shown(), message, p.skipped()).line());
        }
        List<RawDocument> documents = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RawDocument doc : ingested.documents()) {
            Origin o = origins.get(doc.path());
            RawDocument shown = withOrigin(doc, o, warnings);
            String id = unique(shown.id(), ids);
            documents.add(new RawDocument(id, shown.path(), shown.format(), shown.text(), shown.meta()));
            sources.add(o == null ? doc.path().getFileName().toString() : o.source());
        }
        if (documents.size() > maxArticles) {
            throw tooMany(documents.size());
        }
        return new ReadArticles(documents, sources, warnings);
    }

    /**
     * The document under the client's name, with the metadata an inline article gave overriding the text's. A
     * {@code date} that is no date or cannot be true is left out with a warning, as the command line warns for a
     * JSON Lines date: the text's own date, if it has one, then stands.
     */
    private static RawDocument withOrigin(RawDocument doc, Origin origin, List<String> warnings) {
        if (origin == null) {
            return doc;
        }
        Path shown = origin.shown();
        ArticleInput.Inline inline = origin.inline();
        if (inline == null) {
            return new RawDocument(doc.id(), shown, doc.format(), doc.text(), doc.meta());
        }
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.putAll(doc.meta());
        putIfGiven(meta, MetaKey.TITLE, inline.title());
        putIfGiven(meta, MetaKey.OUTLET, inline.outlet());
        Optional<String> refused = refusedDate(inline.date());
        refused.ifPresent(why -> warnings.add(new InputProblem(shown, "its \"date\" \"" + inline.date().strip() + "\" is "
                + why + "; date ignored", false).line()));
        if (refused.isEmpty() && putIfGiven(meta, MetaKey.PUBLISHED, inline.date())) {
            meta.put(MetaKey.PUBLISHED_ORIGIN, "request field \"date\"");
        }
        String id = inline.id() != null ? inline.id() : doc.id();
        return new RawDocument(id, shown, doc.format(), doc.text(), meta);
    }

    /**
     * Why a request's {@code date} is not taken ("not a date", "in the future", "a placeholder before 1900"), as core
     * reads a date an input states for itself ({@link LooseDate#stated}); empty when it is taken or not given.
     */
    private static Optional<String> refusedDate(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> found = LooseDate.find(given);
        return found.isEmpty() ? Optional.of("not a date") : BelievableDates.problem(found.get(), Instant.now());
    }

    private static boolean putIfGiven(Map<MetaKey, String> meta, MetaKey key, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        meta.put(key, value.strip());
        return true;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private ApiProblem tooMany(int count) {
        return new ApiProblem(413, "too many articles: " + count + " (the limit is " + maxArticles + ")");
    }

    private Path createScratch() {
        try {
            Files.createDirectories(scratchRoot);
            return Files.createTempDirectory(scratchRoot, "request-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder in " + scratchRoot, e);
        }
    }

    private static Path write(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a scratch file in " + dir, e);
        }
    }

    /** Removes a scratch folder; what cannot be removed now is removed at the next start. */
    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover scratch file holds no state; the next start clears the folder
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // as above
        }
    }
}
