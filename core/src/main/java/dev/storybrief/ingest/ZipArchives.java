package dev.storybrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a {@code .zip} of articles (a folder of saved pages, texts or exports sent as one file): each member is read
 * as a file of its name would be, named "pages.zip/ferry.html" in notes and sources. A member that cannot be read is
 * one line and the others go on, as in a folder; so are the folder rules: hidden files and macOS's "__MACOSX"
 * shadows are not read, nor a saved page's resources folder. An archive inside the archive is not opened (one level
 * is what people send; deeper nesting is how zip bombs are built), and the members together may not unpack past the
 * limit of a file of many articles.
 */
final class ZipArchives {
    /** A zip file's first bytes: a local file header ("PK\3\4") or, for an empty archive, the end record. */
    private static final byte[][] MAGIC = {{'P', 'K', 3, 4}, {'P', 'K', 5, 6}};

    private ZipArchives() {
    }

    /** Whether a file's name says it is a zip archive. */
    static boolean isZipName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** Whether the bytes are a zip archive, whatever the file's name. */
    static boolean isZip(byte[] bytes) {
        outer:
        for (byte[] magic : MAGIC) {
            if (bytes.length < magic.length) {
                continue;
            }
            for (int i = 0; i < magic.length; i++) {
                if (bytes[i] != magic[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The articles of the archive's members.
     *
     * @param member     reads one member's bytes under its path inside the archive, as a file of that name
     * @param memberMax  the limit of a member by its name (per article; a file of many articles has its own)
     * @param totalMax   the limit on all members unpacked together
     */
    static ReadOutcome read(Path file, byte[] bytes, BiFunction<Path, byte[], ReadOutcome> member, ToLongFunction<Path> memberMax,
                            long totalMax) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        String broken = unpack(bytes, StandardCharsets.UTF_8, members, problems, file, memberMax, totalMax);
        if (broken != null && broken.startsWith("malformed")) {
            // names written in the DOS code page (older Windows zip tools) are not UTF-8
            members.clear();
            problems.clear();
            broken = unpack(bytes, Charset.forName("IBM437"), members, problems, file, memberMax, totalMax);
        }
        if (broken != null) {
            problems.add(new InputProblem(file, members.isEmpty() ? "zip archive cannot be read (" + broken + ")"
                    : "zip archive cut short (" + broken + "): the members before the damage were read", true));
        }
        List<RawDocument> documents = new ArrayList<>();
        List<String> names = new ArrayList<>(members.keySet());
        // in name order, as a folder's files are read: the archive's own order is how it was packed
        for (Map.Entry<String, byte[]> entry : new TreeMap<>(members).entrySet()) {
            String name = entry.getKey();
            Path path = file.resolve(name);
            if (inResourceFolder(name, names)) {
                continue;
            }
            if (ZipArchives.isZipName(path) || ZipArchives.isZip(entry.getValue())) {
                problems.add(new InputProblem(path, "an archive inside the archive, not opened (unpack it first)", true));
                continue;
            }
            ReadOutcome outcome = member.apply(path, entry.getValue());
            documents.addAll(outcome.documents());
            problems.addAll(outcome.problems());
        }
        if (documents.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(file, "zip archive holds no file", true));
        }
        return new ReadOutcome(documents, problems);
    }

    /** Reads the members into {@code members}; returns why the archive could not be read to its end, or null. */
    private static String unpack(byte[] bytes, Charset names, Map<String, byte[]> members, List<InputProblem> problems,
                                 Path file, ToLongFunction<Path> memberMax, long totalMax) {
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), names)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = memberName(entry.getName());
                if (entry.isDirectory() || name.isEmpty() || hidden(name)) {
                    continue;
                }
                long limit = memberMax.applyAsLong(file.resolve(name));
                byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (data.length > limit) {
                    problems.add(new InputProblem(file.resolve(name), InputReader.tooLarge(entry.getSize() > 0
                            ? entry.getSize() : data.length, limit), true));
                    continue;
                }
                total += data.length;
                if (total > totalMax) {
                    return String.format(Locale.ROOT, "unpacks past %,d bytes", totalMax);
                }
                members.put(name, data);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.toLowerCase(Locale.ROOT).contains("malformed") ? "malformed name: " + message : message;
        }
    }

    /** A member's name as a relative path: Windows separators turned, a leading "/" or "./" dropped. */
    private static String memberName(String raw) {
        String name = raw.replace('\\', '/');
        while (name.startsWith("/") || name.startsWith("./")) {
            name = name.substring(name.startsWith("/") ? 1 : 2);
        }
        return name;
    }

    /** A hidden file or folder, or the "__MACOSX" shadows of resource forks: no article, as in a folder. */
    private static boolean hidden(String name) {
        for (String part : name.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a member lies in a saved page's resources folder ("ferry_files/ad.html" beside "ferry.html"). */
    private static boolean inResourceFolder(String name, List<String> names) {
        String[] parts = name.split("/");
        String parent = "";
        for (int i = 0; i < parts.length - 1; i++) {
            String prefix = parent;
            List<String> siblings = names.stream()
                    .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                    .map(n -> n.substring(prefix.length())).toList();
            if (SavedPageResources.isResourceFolder(parts[i], siblings)) {
                return true;
            }
            parent = parent + parts[i] + "/";
        }
        return false;
    }
}
