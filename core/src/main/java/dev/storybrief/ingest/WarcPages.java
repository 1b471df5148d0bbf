package dev.storybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Walks a WARC web archive (gzipped or not) and hands its reader every HTML page it holds: each successful HTTP
 * response of HTML, and each HTML resource record (Webrecorder's), with its address, capture time and body (transfer
 * and content encodings undone). Requests, metadata, revisits and responses of other protocols are passed over
 * without a word; an HTTP response that is no page (another status, an image) is told as such. A record that cannot be
 * read is told and the walk goes on; a stream that ends inside a record (a crawler killed mid-write) ends the walk
 * after the pages before it. The one walk of both readers of archives: a user's few saved pages ({@code brief
 * crawl.warc}) and the Spark job's crawls, each with its own way of telling what it passed over.
 */
public final class WarcPages {
    private WarcPages() {
    }

    /** What a walk tells its reader, record by record. */
    public interface Visitor {
        /**
         * A page: its address, when it was captured, and its body, cut after {@code pageMax + 1} bytes (so a body
         * longer than {@code pageMax} is seen to be too long without being held whole).
         */
        void page(String url, Instant captured, byte[] body);

        /** An HTTP response that is no page: a status other than 200, or a type other than HTML. */
        default void notAPage(String url) {
        }

        /** A record that cannot be read (its address, or null when its header does not give one); the walk goes on. */
        void brokenRecord(String url, Exception why);

        /** The archive ends inside a record after {@code pages} pages were told; nothing after it can be read. */
        void cutShort(int pages, Exception why);

        /** The stream is no WARC at all (not even its first record's header can be read). */
        void unreadable(Exception why);
    }

    /**
     * Walks the archive in {@code in}, telling {@code visitor} what it holds, and closes the stream. What the visitor
     * throws ends the walk and is thrown on.
     */
    public static void walk(InputStream in, long pageMax, Visitor visitor) {
        WarcReader opened;
        try {
            opened = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            visitor.unreadable(e);
            return;
        }
        try (WarcReader reader = opened) {
            walk(reader, pageMax, visitor);
        } catch (IOException e) {
            // closing a stream read as far as it goes: nothing of the walk is lost
        }
    }

    private static void walk(WarcReader reader, long pageMax, Visitor visitor) {
        reader.setLenient(true);
        reader.onWarning(message -> { });
        int pages = 0;
        // a record whose body is cut short is told once: the stream then ends inside it, which is the same damage
        boolean lastBroken = false;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                if (!lastBroken) {
                    visitor.cutShort(pages, e);
                }
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            WarcRecord record = next.get();
            Page page;
            try {
                page = page(record, pageMax, visitor);
            } catch (IOException | RuntimeException e) {
                visitor.brokenRecord(record.headers().first("WARC-Target-URI").orElse(null), e);
                lastBroken = true;
                continue;
            }
            lastBroken = false;
            if (page != null) {
                pages++;
                visitor.page(page.url(), page.captured(), page.body());
            }
        }
    }

    /** A page the archive holds. */
    private record Page(String url, Instant captured, byte[] body) {
    }

    /** The record's page, or null when it is none (a response that is no page is told to the visitor). */
    private static Page page(WarcRecord record, long pageMax, Visitor visitor) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, pageMax + 1);
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
                return null; // a response of another protocol (DNS, FTP)
            }
            var http = response.http();
            if (http.status() != 200 || !isHtml(http.contentType())) {
                visitor.notAPage(response.target());
                return null;
            }
            return new Page(response.target(), response.date(), http.bodyDecoded().stream().readNBytes(cap));
        }
        if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
            return new Page(resource.target(), resource.date(), resource.body().stream().readNBytes(cap));
        }
        return null;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
