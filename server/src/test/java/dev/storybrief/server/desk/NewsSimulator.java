package dev.storybrief.server.desk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

/**
 * A local news web on 127.0.0.1 for tests: several outlets, each its own server (host and port), each with a feed in
 * one format (RSS 2.0, RSS 1.0/RDF, Atom, a Google News sitemap, or a sitemap index pointing at one) whose items
 * appear as simulated time passes, article pages, and a robots.txt. Feeds answer conditional requests (ETag,
 * Last-Modified) with 304 and one outlet gzips everything. A trap outlet lists what a real web also has: redirects,
 * a redirect loop, 404 and 500 answers, a slow page, an image, a 50 MB page, a path its robots.txt disallows, an item
 * dated in the future; and a feed that is not XML. Every request is logged with its time.
 */
final class NewsSimulator implements AutoCloseable {
    /** The feed formats an outlet can publish. */
    enum Style { RSS2, RDF, ATOM, NEWS_SITEMAP, SITEMAP_INDEX,
        /** An RSS feed of traps: redirects, a loop, 404, 500, a slow page, an image, 50 MB, robots, a future date. */
        TRAP }

    /** One request as the simulator saw it. */
    record Request(long nanos, String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {
    }

    /** An outlet: its name, server, feed format and articles. */
    final class Outlet {
        final String name;
        final Style style;
        final boolean gzip;
        final List<SimArticle> articles;
        final HttpServer server;
        final List<Request> requests = new CopyOnWriteArrayList<>();
        String robots = "User-agent: *\nDisallow: /private/\n";

        Outlet(String name, Style style, boolean gzip, List<SimArticle> articles) throws IOException {
            this.name = name;
            this.style = style;
            this.gzip = gzip;
            this.articles = articles;
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(pool);
            server.createContext("/", this::handle);
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        String feedUrl() {
            return base() + switch (style) {
                case RSS2 -> "/rss.xml";
                case RDF -> "/rdf.xml";
                case ATOM -> "/atom.xml";
                case NEWS_SITEMAP -> "/news-sitemap.xml";
                case SITEMAP_INDEX -> "/sitemap-index.xml";
                case TRAP -> "/traps.xml";
            };
        }

        String articleUrl(SimArticle a) {
            return base() + "/news/" + a.id() + ".html";
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Request(System.nanoTime(), path, exchange.getRequestHeaders().getFirst("If-None-Match"),
                    exchange.getRequestHeaders().getFirst("If-Modified-Since"),
                    exchange.getRequestHeaders().getFirst("User-Agent")));
            try (exchange) {
                route(exchange, path);
            } catch (IOException e) {
                // the client went away (a refused 50 MB page, a time-out): nothing to answer
            }
        }

        private void route(HttpExchange exchange, String path) throws IOException {
            if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain", robots);
            } else if (path.equals(feedPath()) || path.equals("/news-sitemap.xml") && style == Style.SITEMAP_INDEX) {
                sendFeed(exchange, path.equals("/sitemap-index.xml") ? sitemapIndex() : feed());
            } else if (path.startsWith("/news/") && path.endsWith(".html")) {
                String id = path.substring("/news/".length(), path.length() - ".html".length());
                SimArticle article = articles.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
                if (article == null) {
                    send(exchange, 404, "text/html", "<h1>Not found</h1>");
                } else {
                    send(exchange, 200, "text/html; charset=utf-8", page(article));
                }
            } else {
                trap(exchange, path);
            }
        }

        private String feedPath() {
            return feedUrl().substring(base().length());
        }

        private List<SimArticle> visible() {
            Instant now = clock.get();
            return articles.stream().filter(a -> !a.appears().isAfter(now))
                    .sorted(Comparator.comparing(SimArticle::appears).reversed()).toList();
        }

        private String feed() {
            StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            List<SimArticle> items = visible();
            switch (style) {
                case RSS2 -> {
                    x.append("<rss version=\"2.0\"><channel><title>").append(esc(name)).append("</title><link>")
                            .append(base()).append("/</link><description>News</description>\n");
                    for (SimArticle a : items) {
                        x.append("<item>").append(title("title", a)).append("<link>").append(articleUrl(a))
                                .append("</link>").append(a.published() == null ? ""
                                        : "<pubDate>" + RFC_1123.format(a.published().atTime(12, 0).atOffset(ZoneOffset.UTC)) + "</pubDate>")
                                .append("<guid>").append(articleUrl(a)).append("</guid></item>\n");
                    }
                    x.append("</channel></rss>\n");
                }
                case RDF -> {
                    x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" "
                            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"").append(base())
                            .append("/\"><title>").append(esc(name)).append("</title><link>").append(base())
                            .append("/</link><description>News</description><items><rdf:Seq>");
                    items.forEach(a -> x.append("<rdf:li rdf:resource=\"").append(articleUrl(a)).append("\"/>"));
                    x.append("</rdf:Seq></items></channel>\n");
                    for (SimArticle a : items) {
                        x.append("<item rdf:about=\"").append(articleUrl(a)).append("\">").append(title("title", a))
                                .append("<link>").append(articleUrl(a)).append("</link>")
                                .append(a.published() == null ? "" : "<dc:date>" + a.published() + "T12:00:00Z</dc:date>")
                                .append("</item>\n");
                    }
                    x.append("</rdf:RDF>\n");
                }
                case ATOM -> {
                    x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>").append(esc(name))
                            .append("</title><id>").append(base()).append("/</id><updated>").append(clock.get())
                            .append("</updated>\n");
                    for (SimArticle a : items) {
                        String date = a.published() == null ? clock.get().toString() : a.published() + "T12:00:00Z";
                        x.append("<entry>").append(title("title", a)).append("<link rel=\"alternate\" href=\"")
                                .append(articleUrl(a)).append("\"/><id>").append(articleUrl(a)).append("</id><updated>")
                                .append(date).append("</updated>").append(a.published() == null ? ""
                                        : "<published>" + date + "</published>").append("</entry>\n");
                    }
                    x.append("</feed>\n");
                }
                case NEWS_SITEMAP, SITEMAP_INDEX -> {
                    x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                            + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
                    for (SimArticle a : items) {
                        x.append("<url><loc>").append(articleUrl(a)).append("</loc><news:news><news:publication><news:name>")
                                .append(esc(name)).append("</news:name><news:language>en</news:language></news:publication>")
                                .append(a.published() == null ? "" : "<news:publication_date>" + a.published()
                                        + "</news:publication_date>")
                                .append(title("news:title", a)).append("</news:news></url>\n");
                    }
                    x.append("</urlset>\n");
                }
                case TRAP -> {
                    x.append("<rss version=\"2.0\"><channel><title>").append(esc(name)).append("</title>\n");
                    for (String trap : TRAPS) {
                        x.append("<item><title>trap</title><link>").append(base()).append(trap).append("</link></item>\n");
                    }
                    for (SimArticle a : items) {
                        x.append("<item>").append(title("title", a)).append("<link>").append(articleUrl(a))
                                .append("</link><pubDate>Fri, 01 Jan 2100 12:00:00 GMT</pubDate></item>\n");
                    }
                    x.append("</channel></rss>\n");
                }
                default -> throw new IllegalStateException();
            }
            return x.toString();
        }

        private String sitemapIndex() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<sitemap><loc>" + base() + "/news-sitemap.xml</loc><lastmod>" + clock.get() + "</lastmod></sitemap>"
                    + "</sitemapindex>\n";
        }

        private void sendFeed(HttpExchange exchange, String body) throws IOException {
            String etag = "\"" + HexFormat.of().formatHex(sha(body)).substring(0, 16) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            String type = style == Style.ATOM ? "application/atom+xml" : style == Style.RSS2 ? "application/rss+xml"
                    : "application/xml";
            send(exchange, 200, type + "; charset=utf-8", body);
        }

        private void trap(HttpExchange exchange, String path) throws IOException {
            switch (path) {
                case "/redirect/1" -> redirect(exchange, "/redirect/2");
                case "/redirect/2" -> redirect(exchange, articles.isEmpty() ? "/missing" : "/news/" + articles.get(0).id() + ".html");
                case "/loop" -> redirect(exchange, "/loop");
                case "/error" -> send(exchange, 500, "text/html", "<h1>Server error</h1>");
                case "/image.html" -> send(exchange, 200, "image/png", "\u0089PNG not really");
                case "/bad-feed.xml" -> send(exchange, 200, "application/rss+xml", "<rss><channel><item><title>broken");
                case "/slow.html" -> {
                    sleep(slowMillis);
                    send(exchange, 200, "text/html", "<p>too late</p>");
                }
                case "/huge.html" -> huge(exchange);
                default -> send(exchange, 404, "text/html", "<h1>Not found</h1>");
            }
        }
    }

    static {
        // Real web servers send small answers at once; the JDK's server otherwise waits on Nagle's algorithm and the
        // client's delayed acknowledgement, about 40 ms a request, which would be measured as the desk's time.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
    private static final long HUGE_BYTES = 50L * 1024 * 1024;
    /** What the trap feed lists, each failing in its own way (the redirect ends at a real article). */
    static final List<String> TRAPS = List.of("/redirect/1", "/loop", "/missing.html", "/error", "/slow.html",
            "/image.html", "/huge.html", "/private/secret.html");

    private final ExecutorService pool = Executors.newFixedThreadPool(16, r -> {
        Thread t = new Thread(r, "news-simulator");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Instant> clock;
    private final List<Outlet> outlets = new ArrayList<>();
    private final long slowMillis;

    private NewsSimulator(Instant start, long slowMillis) {
        this.clock = new AtomicReference<>(start);
        this.slowMillis = slowMillis;
    }

    /** A simulator whose clock starts at {@code start}; its slow page answers after {@code slowMillis}. */
    static NewsSimulator create(Instant start, long slowMillis) {
        return new NewsSimulator(start, slowMillis);
    }

    /** Adds an outlet serving these articles in a feed of this style. */
    Outlet outlet(String name, Style style, boolean gzip, List<SimArticle> articles) throws IOException {
        Outlet outlet = new Outlet(name, style, gzip, articles);
        outlets.add(outlet);
        return outlet;
    }

    List<Outlet> outlets() {
        return outlets;
    }

    /** Moves simulated time on: items dated up to then appear in the feeds. */
    void advanceTo(Instant time) {
        clock.set(time);
    }

    Instant now() {
        return clock.get();
    }

    /** Writes an OPML feed list naming every outlet's feed plus {@code extra} URLs. */
    Path writeOpml(Path dir, List<String> extra) throws IOException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>simulated news</title></head><body>\n");
        for (Outlet o : outlets) {
            x.append("<outline type=\"rss\" text=\"").append(esc(o.name)).append("\" xmlUrl=\"").append(o.feedUrl()).append("\"/>\n");
        }
        extra.forEach(u -> x.append("<outline type=\"rss\" text=\"extra\" xmlUrl=\"").append(esc(u)).append("\"/>\n"));
        x.append("</body></opml>\n");
        Path file = dir.resolve("feeds.opml");
        Files.writeString(file, x.toString());
        return file;
    }

    /** The outlet and article behind every article URL, for scoring what a desk stored. */
    Map<String, SimArticle> articlesByUrl() {
        Map<String, SimArticle> map = new java.util.HashMap<>();
        for (Outlet o : outlets) {
            o.articles.forEach(a -> map.put(o.articleUrl(a), a));
        }
        return map;
    }

    private String page(SimArticle a) {
        Outlet outlet = outlets.stream().filter(o -> o.articles.contains(a)).findFirst().orElseThrow();
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">");
        if (a.title() != null) {
            html.append("<title>").append(esc(a.title())).append(" | ").append(esc(outlet.name)).append("</title>");
        }
        html.append("<meta property=\"og:site_name\" content=\"").append(esc(outlet.name)).append("\">");
        if (a.published() != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(a.published()).append("T12:00:00Z\">");
        }
        html.append("</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a>"
                + "</nav></header><main><article>");
        if (a.title() != null) {
            html.append("<h1>").append(esc(a.title())).append("</h1>");
        }
        for (String paragraph : a.text().split("\\n\\s*\\n")) {
            html.append("<p>").append(esc(paragraph.strip())).append("</p>\n");
        }
        html.append("</article></main><footer><p>Copyright ").append(esc(outlet.name)).append(". All rights reserved.</p>"
                + "</footer></body></html>\n");
        return html.toString();
    }

    /** The item's title element, or nothing for an article without a title (as a real feed would have none). */
    private static String title(String element, SimArticle a) {
        return a.title() == null ? "" : "<" + element + ">" + esc(a.title()) + "</" + element + ">";
    }

    private void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Outlet outlet = outlets.stream().filter(o -> o.server.getAddress().equals(exchange.getLocalAddress()))
                .findFirst().orElse(null);
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (outlet != null && outlet.gzip && accept != null && accept.contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(bytes);
            }
            bytes = zipped.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().set("Location", to);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void huge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>Filler text of an endless page, again and again and again.</p>\n".repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < HUGE_BYTES; sent += chunk.length) {
                out.write(chunk);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] sha(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        outlets.forEach(o -> o.server.stop(0));
        pool.shutdownNow();
    }
}
