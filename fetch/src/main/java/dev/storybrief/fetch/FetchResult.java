package dev.storybrief.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/**
 * A successful fetch: the content (already decompressed) or a {@code 304 Not Modified}.
 *
 * @param requested   the URL asked for
 * @param finalUri    the URL that answered, after redirects
 * @param status      200-class status, or 304
 * @param contentType the media type without parameters, lower case, or null when the server sent none
 * @param validators  the validators to send next time
 * @param body        the content; empty for 304
 * @param fetched     when the answer arrived
 */
public record FetchResult(URI requested, URI finalUri, int status, String contentType, Validators validators,
                          byte[] body, Instant fetched) {

    /** True when the server said the content is unchanged since the validators sent. */
    public boolean notModified() {
        return status == 304;
    }

    /** True when the content is declared as an HTML page (or not declared at all). */
    public boolean isHtml() {
        return contentType == null || contentType.equals("text/html") || contentType.equals("application/xhtml+xml");
    }

    /** True when the declared type cannot be a feed or sitemap: images, audio, video, archives, PDF. */
    public boolean isBinaryMedia() {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.equals("application/pdf") || type.equals("application/zip") || type.equals("font/woff2");
    }
}
