package dev.storybrief.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a web page saved as MHTML ({@code .mhtml}, {@code .mht}; RFC 2557): what Chrome and Edge write for "Webpage,
 * Single File" and what Internet Explorer wrote as a "Web Archive". The file is a MIME message whose parts are the
 * page and its resources (styles, images, frames), each with its address in {@code Content-Location}. The page is
 * the root part (the one {@code start} names, else the first HTML part), its transfer encoding (quoted-printable,
 * base64) undone, and read exactly as a saved {@code .html} file is, with its address as the page's URL; the
 * resources are not read, as a "complete" save's resources folder is not.
 */
final class MhtmlArchives {
    /** How much of a file is looked at to tell an archive by its content. */
    private static final int HEAD_BYTES = 4096;
    /** An archive's top header naming its type: a multipart/related message. */
    private static final Pattern RELATED = Pattern.compile("(?im)^content-type:\\s*multipart/related\\b");

    private MhtmlArchives() {
    }

    /** Whether a file's name says it is an MHTML archive. */
    static boolean isMhtmlName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".mhtml") || name.endsWith(".mht");
    }

    /**
     * Whether the bytes are an MHTML archive whatever the file's name (an upload, a file renamed): a header block
     * of a multipart/related message before the first empty line, as a saved web archive opens.
     */
    static boolean isMhtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\n\n");
        int crlf = head.indexOf("\r\n\r\n");
        end = end < 0 ? crlf : crlf < 0 ? end : Math.min(end, crlf);
        return end > 0 && RELATED.matcher(head.substring(0, end)).find();
    }

    /** The archive's page as a raw document, or a problem when it holds no HTML page or the page no article. */
    static ReadOutcome read(Path file, byte[] bytes, HtmlReader htmlReader) {
        MimeEntity archive = MimeEntity.parse(new String(bytes, StandardCharsets.ISO_8859_1));
        MimeEntity page = root(archive);
        if (page == null) {
            return ReadOutcome.problem(new InputProblem(file, "MHTML archive holds no HTML page", true));
        }
        String url = page.headers().get("content-location");
        if (url == null || url.isBlank()) {
            url = archive.headers().get("snapshot-content-location");
        }
        // a page part without a charset of its own is handed on as bytes: its <meta charset> says how to read them
        byte[] html = page.declaresCharset()
                ? ("\uFEFF" + page.decodedText()).getBytes(StandardCharsets.UTF_8) : page.decodedBytes();
        return htmlReader.read(SourceFormat.idOf(file), file, url == null || url.isBlank() ? null : url.strip(), html);
    }

    /** The page of the archive: the part its {@code start} parameter names by Content-ID, else its first HTML part. */
    private static MimeEntity root(MimeEntity archive) {
        String start = MimeEntity.parameter(archive.headers().getOrDefault("content-type", ""), "start");
        if (start != null) {
            for (MimeEntity part : archive.parts()) {
                String id = part.headers().get("content-id");
                if (id != null && id.strip().equals(start.strip()) && part.contentType().startsWith("text/html")) {
                    return part;
                }
            }
        }
        return archive.find("text/html");
    }
}
